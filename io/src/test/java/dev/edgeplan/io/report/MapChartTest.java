package dev.edgeplan.io.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MapChartTest {

    static final MapChart.MapData TEXAS = new MapChart.MapData(
            List.of(new MapChart.DemandDot(32.78, -96.80, 1_300_000, true),
                    new MapChart.DemandDot(29.76, -95.37, 2_300_000, true),
                    new MapChart.DemandDot(31.55, -97.15, 140_000, true),
                    new MapChart.DemandDot(31.76, -106.49, 680_000, false)),
            List.of(new MapChart.SiteDot("dfw", 32.90, -96.63), new MapChart.SiteDot("hou", 29.95, -95.33),
                    new MapChart.SiteDot("elp", 31.80, -106.40)),
            List.of(new MapChart.SiteDot("dfw", 32.90, -96.63), new MapChart.SiteDot("hou", 29.95, -95.33)),
            List.of(new MapChart.Reach("dfw", "chat", 32.90, -96.63, 300), new MapChart.Reach("hou", "chat", 29.95, -95.33, 300)));

    static String render(MapChart.MapData data) {
        Html h = new Html();
        MapChart.write(h, data);
        return h.finish();
    }

    private static long count(String svg, String regex) {
        return Pattern.compile(regex).matcher(svg).results().count();
    }

    @Test
    void drawsLandReachDemandAndSites() {
        String svg = render(TEXAS);
        assertThat(count(svg, "<path class=\"reach\"")).isEqualTo(2);
        assertThat(count(svg, "<circle class=\"demand\"")).isEqualTo(3);
        assertThat(count(svg, "<circle class=\"demand out\"")).isEqualTo(1);
        assertThat(count(svg, "<circle class=\"candidate\"")).isEqualTo(3);
        assertThat(count(svg, "<circle class=\"chosen\"")).isEqualTo(2);
        // countries and US states around Texas, not the whole world: a handful of outlines, each a closed path
        long land = count(svg, "<path d=\"M");
        assertThat(land).isBetween(3L, 60L);
        assertThat(count(svg, "Z\"/>")).isGreaterThanOrEqualTo(land);
        assertThat(svg).contains(" km</text>");
    }

    /** x grows with longitude, y with southward latitude: Houston is right of and below Dallas. */
    @Test
    void projectionKeepsCompassDirections() {
        String svg = render(TEXAS);
        var m = Pattern.compile("<circle class=\"chosen\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        double dfwX = Double.parseDouble(m.group(1));
        double dfwY = Double.parseDouble(m.group(2));
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThan(dfwX);
        assertThat(Double.parseDouble(m.group(2))).isGreaterThan(dfwY);
    }

    /** From a plan: one dot per demand point, a disc per chosen site and workload, every candidate. */
    @Test
    void mapDataComesFromThePlanGeography() {
        var plan = ReportPlans.plan();
        MapChart.MapData data = MapChart.MapData.of(plan);
        assertThat(data.demand()).hasSize(plan.geography().demandPoints().size());
        assertThat(data.candidates()).hasSize(plan.geography().candidates().size());
        assertThat(data.reach()).hasSize(plan.geography().coverage().size()).isNotEmpty();
        assertThat(data.chosen()).extracting(MapChart.SiteDot::id)
                .containsExactlyElementsOf(plan.sites().stream().map(s -> s.id()).toList());
        String html = HtmlReport.render(plan);
        assertThat(html).contains("id=\"map\"", "class=\"reach\"", "class=\"chosen\"");
        assertThat(HtmlReport.render(PlanFixture.plan())).doesNotContain("id=\"map\"");
    }

    @Test
    void worldOutlinesOutsideNorthAmerica() {
        String svg = render(new MapChart.MapData(List.of(new MapChart.DemandDot(48.86, 2.35, 1, true),
                new MapChart.DemandDot(52.52, 13.40, 1, true)), List.of(), List.of(new MapChart.SiteDot("fra", 50.11, 8.68)),
                List.of(new MapChart.Reach("fra", "chat", 50.11, 8.68, 600))));
        assertThat(count(svg, "<path d=\"M")).isGreaterThan(5);
        assertThat(svg).contains("class=\"reach\"");
    }
}
