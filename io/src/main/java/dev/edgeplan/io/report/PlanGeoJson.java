package dev.edgeplan.io.report;

import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.geo.CoverageCircle;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanGeography;
import dev.edgeplan.core.plan.SitePlan;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.io.json.JsonWriter;
import dev.edgeplan.io.plan.PlanJson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code plan.geojson}: the plan for GIS tools, an RFC 7946 FeatureCollection in WGS84 with {@code [lon, lat]}
 * positions. Every feature has a {@code kind} property: {@code demand_point}, {@code candidate_site},
 * {@code chosen_site} or {@code slo_coverage} (a circle of the SLO radius per chosen site and workload, cut at the
 * antimeridian; see {@link CoverageCircle}). Properties are flat (one level) so QGIS and kepler.gl show them as
 * columns; names carry their units as in plan.json. docs/reports.md lists them.
 */
public final class PlanGeoJson {

    /** Decimal places of a position: 1e-6 degree is about 0.1 m, the precision RFC 7946 §11.2 suggests. */
    static final int COORDINATE_DECIMALS = 6;

    private PlanGeoJson() {
    }

    public static String write(Plan plan) {
        PlanGeography geo = plan.geography();
        JsonWriter json = new JsonWriter(false);
        json.beginObject();
        json.field("type", "FeatureCollection");
        json.field("name", plan.scenarioName());
        json.name("features").beginArray();
        for (PlanGeography.PointDemand d : geo.demandPoints()) {
            demandPoint(json, d);
        }
        Set<String> chosen = plan.sites().stream().map(SitePlan::id).collect(Collectors.toSet());
        for (CandidateSite c : geo.candidates()) {
            candidate(json, c, chosen.contains(c.id()));
        }
        for (SitePlan s : plan.sites()) {
            chosenSite(json, s);
        }
        Map<String, SitePlan> byId = new HashMap<>();
        plan.sites().forEach(s -> byId.put(s.id(), s));
        for (PlanGeography.SloCoverage c : geo.coverage()) {
            SitePlan site = byId.get(c.siteId());
            if (site != null) {
                coverage(json, c, site);
            }
        }
        json.endArray();
        json.endObject();
        return json + "\n";
    }

    private static void demandPoint(JsonWriter json, PlanGeography.PointDemand d) {
        begin(json, d.point().lat(), d.point().lon());
        json.field("kind", "demand_point")
                .field("id", d.point().id())
                .field("name", d.point().name())
                .field("origin", d.point().origin())
                .field("population", d.point().population())
                .field("average_requests_per_s_year0",
                        d.workloads().stream().mapToDouble(PlanGeography.PointWorkload::averageRequestsPerSYear0).sum())
                .field("peak_requests_per_s_design",
                        d.workloads().stream().mapToDouble(PlanGeography.PointWorkload::peakRequestsPerSDesign).sum());
        for (PlanGeography.PointWorkload w : d.workloads()) {
            String prefix = w.workloadId() + "_";
            json.field(prefix + "average_requests_per_s_year0", w.averageRequestsPerSYear0())
                    .field(prefix + "peak_requests_per_s_design", w.peakRequestsPerSDesign())
                    .field(prefix + "served", w.siteId().isPresent())
                    .field(prefix + "site", w.siteId().orElse(null));
            json.name(prefix + "rtt_ms");
            if (w.siteId().isPresent()) {
                json.value(w.rttMs());
            } else {
                json.nullValue();
            }
        }
        end(json);
    }

    private static void candidate(JsonWriter json, CandidateSite c, boolean chosen) {
        begin(json, c.lat(), c.lon());
        json.field("kind", "candidate_site")
                .field("id", c.id())
                .field("name", c.name())
                .field("chosen", chosen)
                .field("power_available_mw", c.powerAvailableMw())
                .field("power_price_usd_per_kwh", c.powerPriceUsdPerKwh())
                .field("build_cost_index", c.buildCostIndex());
        end(json);
    }

    private static void chosenSite(JsonWriter json, SitePlan s) {
        FacilityDesign f = s.facility();
        begin(json, s.lat(), s.lon());
        json.field("kind", "chosen_site")
                .field("id", s.id())
                .field("name", s.name())
                .field("it_mw", f.itKw() / 1000.0)
                .field("facility_mw", f.facilityKw() / 1000.0)
                .field("accelerators", f.accelerators())
                .field("servers", f.servers())
                .field("racks", f.racks())
                .field("kw_per_rack", f.kwPerRack())
                .field("cooling", f.cooling().key())
                .field("pue", f.pue())
                .field("redundancy", f.powerChain().redundancy().key())
                .field("availability", f.detail().availability().availability(), PlanJson.AVAILABILITY_DECIMALS)
                .field("demand_points_served", s.demandPointsServed())
                .field("capex_usd", s.finance().constructionCapexUsd())
                .field("npv_usd", s.finance().npvUsd());
        end(json);
    }

    private static void coverage(JsonWriter json, PlanGeography.SloCoverage c, SitePlan site) {
        List<List<double[]>> polygons = CoverageCircle.polygons(site.lat(), site.lon(), c.radiusKm(),
                CoverageCircle.SEGMENTS);
        if (polygons.isEmpty()) {
            return;
        }
        json.beginObject().field("type", "Feature");
        json.name("geometry").beginObject();
        if (polygons.size() == 1) {
            json.field("type", "Polygon");
            json.name("coordinates");
            polygon(json, polygons.get(0));
        } else {
            json.field("type", "MultiPolygon");
            json.name("coordinates").beginArray();
            polygons.forEach(p -> polygon(json, p));
            json.endArray();
        }
        json.endObject();
        json.name("properties").beginObject()
                .field("kind", "slo_coverage")
                .field("site", c.siteId())
                .field("workload", c.workloadId())
                .field("network_budget_ms", c.networkBudgetMs())
                .field("radius_km", c.radiusKm());
        end(json);
    }

    /** One polygon with its exterior ring only. */
    private static void polygon(JsonWriter json, List<double[]> ring) {
        json.beginArray().beginArray();
        for (double[] p : ring) {
            position(json, p[0], p[1]);
        }
        json.endArray().endArray();
    }

    private static void begin(JsonWriter json, double lat, double lon) {
        json.beginObject().field("type", "Feature");
        json.name("geometry").beginObject().field("type", "Point");
        json.name("coordinates");
        position(json, lon, lat);
        json.endObject();
        json.name("properties").beginObject();
    }

    private static void end(JsonWriter json) {
        json.endObject().endObject();
    }

    private static void position(JsonWriter json, double lon, double lat) {
        json.beginArray().value(lon, COORDINATE_DECIMALS).value(lat, COORDINATE_DECIMALS).endArray();
    }
}
