package dev.edgeplan.io.report;

import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.SitePlan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** plan.geojson parsed back and checked against RFC 7946: structure, [lon, lat] order, closed CCW rings. */
class PlanGeoJsonTest {

    private final Plan plan = ReportPlans.plan();
    private final JsonNode root = JsonMapper.builder().build().readTree(PlanGeoJson.write(plan));

    @Test
    void isAFeatureCollectionOfTheFourKinds() {
        assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
        List<String> kinds = features().stream().map(f -> f.get("properties").get("kind").asString()).toList();
        assertThat(kinds.stream().filter("demand_point"::equals)).hasSize(3);
        assertThat(kinds.stream().filter("candidate_site"::equals)).hasSize(3);
        assertThat(kinds.stream().filter("chosen_site"::equals)).hasSize(plan.sites().size());
        assertThat(kinds.stream().filter("slo_coverage"::equals)).hasSize(4);
        for (JsonNode f : features()) {
            assertThat(f.get("type").asString()).isEqualTo("Feature");
            assertThat(f.get("geometry").get("type").asString()).isIn("Point", "Polygon", "MultiPolygon");
        }
    }

    @Test
    void positionsAreLonLatAndAKnownCityIsNotSwapped() {
        for (JsonNode f : features()) {
            for (double[] p : positions(f.get("geometry"))) {
                assertThat(p).hasSize(2);
                assertThat(p[0]).isBetween(-180.0, 180.0);
                assertThat(p[1]).isBetween(-90.0, 90.0);
            }
        }
        JsonNode dallas = feature("demand_point", "dallas");
        assertThat(dallas.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(ReportPlans.DALLAS_LON);
        assertThat(dallas.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(ReportPlans.DALLAS_LAT);
        assertThat(dallas.get("properties").get("population").asDouble()).isEqualTo(5_668_165);
        assertThat(dallas.get("properties").get("chat_site").asString()).isEqualTo("dfw-1");
        assertThat(feature("demand_point", "el-paso").get("properties").get("chat_served").asBoolean()).isFalse();
        assertThat(feature("candidate_site", "hou-1").get("properties").get("chosen").asBoolean()).isFalse();
        assertThat(feature("candidate_site", "dfw-1").get("properties").get("chosen").asBoolean()).isTrue();
    }

    @Test
    void chosenSitesCarryTheirKeyFigures() {
        SitePlan dfw = plan.sites().get(0);
        JsonNode p = feature("chosen_site", dfw.id()).get("properties");
        assertThat(p.get("it_mw").asDouble()).isCloseTo(dfw.facility().itKw() / 1000, within(1e-4));
        assertThat(p.get("racks").asInt()).isEqualTo(dfw.facility().racks());
        assertThat(p.get("pue").asDouble()).isCloseTo(dfw.facility().pue(), within(1e-4));
        assertThat(p.get("capex_usd").asDouble()).isCloseTo(dfw.finance().constructionCapexUsd(), within(1e-4));
        assertThat(p.get("npv_usd").asDouble()).isCloseTo(dfw.finance().npvUsd(), within(1e-4));
    }

    @Test
    void coverageRingsAreClosedCounterClockwiseAndAtTheirRadius() {
        for (JsonNode f : features()) {
            JsonNode geometry = f.get("geometry");
            if (geometry.get("type").asString().equals("Point")) {
                continue;
            }
            JsonNode props = f.get("properties");
            SitePlan site = plan.sites().stream().filter(s -> s.id().equals(props.get("site").asString()))
                    .findFirst().orElseThrow();
            for (List<double[]> ring : rings(geometry)) {
                assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                assertThat(ring.get(ring.size() - 1)).containsExactly(ring.get(0));
                assertThat(signedArea(ring)).as("counter-clockwise").isPositive();
                for (double[] p : ring) {
                    assertThat(dev.edgeplan.core.geo.GreatCircle.distanceKm(site.lat(), site.lon(), p[1], p[0]))
                            .isCloseTo(props.get("radius_km").asDouble(), within(0.1));
                }
            }
        }
    }

    @Test
    void aSiteNearTheAntimeridianGetsAMultiPolygonCutAt180() {
        Plan p = ReportPlans.plan();
        SitePlan s = p.sites().get(0);
        SitePlan fiji = new SitePlan(s.id(), "Suva", -18.1416, 178.4419, s.powerAvailableMw(), s.powerPriceUsdPerKwh(),
                s.demandPointsServed(), s.workloads(), s.facility(), s.years(), s.finance(), s.otherStrategy(),
                s.commissioning(), s.facilityYears(), s.network(), s.refreshes(), s.economics());
        Plan moved = new Plan(p.scenarioName(), p.horizonYears(), p.seed(), p.acceleratorId(), p.serverId(), p.summary(),
                p.siting(), p.workloads(), List.of(fiji), p.economics(), p.warnings(), p.assumptions(), p.geography());
        JsonNode fijiRoot = JsonMapper.builder().build().readTree(PlanGeoJson.write(moved));
        List<JsonNode> coverage = StreamSupport.stream(fijiRoot.get("features").spliterator(), false)
                .filter(f -> f.get("properties").get("kind").asString().equals("slo_coverage")).toList();
        assertThat(coverage).hasSize(2).allSatisfy(f -> {
            assertThat(f.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
            List<List<double[]>> rings = rings(f.get("geometry"));
            assertThat(rings).hasSize(2);
            for (List<double[]> ring : rings) {
                assertThat(ring.get(ring.size() - 1)).containsExactly(ring.get(0));
                assertThat(signedArea(ring)).isPositive();
                assertThat(ring).allSatisfy(pos -> assertThat(pos[0]).isBetween(-180.0, 180.0));
            }
            assertThat(rings.stream().flatMap(List::stream).mapToDouble(pos -> pos[0]))
                    .contains(180.0, -180.0);
        });
    }

    private List<JsonNode> features() {
        return StreamSupport.stream(root.get("features").spliterator(), false).toList();
    }

    private JsonNode feature(String kind, String id) {
        return features().stream().filter(f -> f.get("properties").get("kind").asString().equals(kind)
                && f.get("properties").get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    /** The exterior rings of a Polygon or MultiPolygon. */
    private static List<List<double[]>> rings(JsonNode geometry) {
        List<List<double[]>> rings = new ArrayList<>();
        JsonNode c = geometry.get("coordinates");
        List<JsonNode> polygons = geometry.get("type").asString().equals("Polygon") ? List.of(c)
                : StreamSupport.stream(c.spliterator(), false).toList();
        for (JsonNode polygon : polygons) {
            List<double[]> ring = new ArrayList<>();
            polygon.get(0).forEach(p -> ring.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
            rings.add(ring);
        }
        return rings;
    }

    private static List<double[]> positions(JsonNode geometry) {
        if (geometry.get("type").asString().equals("Point")) {
            JsonNode c = geometry.get("coordinates");
            return List.of(new double[] {c.get(0).asDouble(), c.get(1).asDouble()});
        }
        return rings(geometry).stream().flatMap(List::stream).toList();
    }

    /** Shoelace in degrees, positive when counter-clockwise; computed here, independently of the writer. */
    private static double signedArea(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += (ring.get(i + 1)[0] - ring.get(i)[0]) * (ring.get(i + 1)[1] + ring.get(i)[1]);
        }
        return -sum / 2;
    }
}
