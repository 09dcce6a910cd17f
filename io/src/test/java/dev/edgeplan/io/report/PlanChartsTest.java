package dev.edgeplan.io.report;

import dev.edgeplan.core.finance.CashFlowYear;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.SitePlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PlanChartsTest {

    private static String render(java.util.function.Consumer<Html> chart) {
        Html h = new Html();
        chart.accept(h);
        return h.finish();
    }

    private static long count(String svg, String regex) {
        return Pattern.compile(regex).matcher(svg).results().count();
    }

    @Test
    void cashFlowDrawsOneBarPerYearNegativesInRed() {
        SitePlan site = PlanFixture.plan().sites().get(0);
        List<CashFlowYear> years = site.finance().cashFlow();
        String svg = render(h -> PlanCharts.cashFlow(h, site));
        assertThat(count(svg, "<rect class=\"bar( neg)?\"")).isEqualTo(years.size());
        assertThat(count(svg, "<rect class=\"bar neg\"")).isEqualTo(years.stream().filter(y -> y.netUsd() < 0).count());
        assertThat(svg).contains("Cash (million USD)", "class=\"line s0\"");
    }

    @Test
    void capexBarsAddUpToTheTotal() {
        SitePlan site = PlanFixture.plan().sites().get(0);
        String svg = render(h -> PlanCharts.capex(h, site));
        assertThat(svg).contains("Total " + Fmt.usdShort(site.finance().capex().totalUsd()));
        // six subsystems, soft costs, contingency, land
        assertThat(count(svg, "<rect class=\"bar\"")).isEqualTo(9);
    }

    @Test
    void pueAndLatencyChartsHaveASeriesPerSiteAndWorkload() {
        Plan plan = PlanFixture.plan();
        String pue = render(h -> PlanCharts.monthlyPue(h, plan.sites()));
        assertThat(count(pue, "<path class=\"line s\\d\"")).isEqualTo(plan.sites().size());
        assertThat(pue).contains(">PUE<", ">Month<");
        String latency = render(h -> PlanCharts.latency(h, plan.workloads()));
        assertThat(count(latency, "<rect class=\"s[012]\"")).isEqualTo(3L * plan.workloads().size());
        assertThat(count(latency, "<line class=\"marker\"")).isEqualTo(plan.workloads().size() + 1L);
    }

    @Test
    void axisIncludesZeroWithoutANegativeTickForPositiveData() {
        String svg = render(h -> {
            SvgPlot.open(h, 560, 280, "t");
            SvgPlot.Frame f = SvgPlot.frame(h, 560, 280, 0, 37, true, 1.0, "y", "x");
            assertThat(f.yMin()).isZero();
            assertThat(f.yMax()).isEqualTo(40.0);
            h.close("svg");
        });
        assertThat(svg).doesNotContain(">-10<");
    }
}
