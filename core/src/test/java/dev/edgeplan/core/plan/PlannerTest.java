package dev.edgeplan.core.plan;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.TestCatalog;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.core.scenario.Sites;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PlannerTest {

    @Test
    void oneSiteEndToEndMatchesHandComputation() {
        // 400 req/s × 211 tok = 84,400 tok/s; planned 2,315.04 tok/s per H200 → 36.46 → 37 GPUs → 5 DGX H200.
        // 40 kW racks hold 3 DGX (30.6 kW) → 2 racks, containment cooling, 51 kW IT, PUE 1.3 → 66.3 kW facility.
        Plan plan = Planner.plan(Scenarios.dallas(400, Redundancy.N_PLUS_1), TestCatalog.catalog());
        assertThat(plan.sites()).hasSize(1);
        SitePlan site = plan.sites().get(0);
        assertThat(site.workloads().get(0).accelerators()).isEqualTo(37);
        assertThat(site.facility().servers()).isEqualTo(5);
        assertThat(site.facility().accelerators()).isEqualTo(40);
        assertThat(site.facility().racks()).isEqualTo(2);
        assertThat(site.facility().itKw()).isCloseTo(51.0, within(1e-9));
        assertThat(site.facility().facilityKw()).isCloseTo(66.3, within(1e-9));
        assertThat(plan.summary().servedDemandPct()).isCloseTo(100.0, within(1e-9));
        // Dallas–Garland is ~20.9 km; SLO checks use the p90 estimate: 2 × 20.9 × 2.0 / 204 + 9 + 12.5 ≈ 21.9 ms.
        assertThat(plan.workloads().get(0).rttMsMax()).isCloseTo(21.9, within(0.1));
        assertThat(site.years()).hasSize(3);
    }

    @Test
    void siteWithTooLittlePowerIsInfeasibleAndNamesIt() {
        Scenario s = Scenarios.dallas(400, Redundancy.N_PLUS_1);
        Scenario tight = withSites(s, new Sites(List.of(Scenarios.site("garland", 32.9126, -96.6389, 0.05)),
                OptionalInt.empty()));
        assertThatThrownBy(() -> Planner.plan(tight, TestCatalog.catalog()))
                .isInstanceOf(InfeasibleException.class)
                .hasMessageContaining("0.07 MW")
                .extracting(e -> ((InfeasibleException) e).bindingConstraint())
                .isEqualTo("sites.candidates[garland].power_available_mw");
    }

    @Test
    void noSiteWithinTheSloIsInfeasibleAndNamesTheSlo() {
        Scenario s = Scenarios.dallas(400, Redundancy.N_PLUS_1);
        Scenario far = withSites(s, new Sites(List.of(Scenarios.site("seattle", 47.6, -122.3, 20)), OptionalInt.empty()));
        assertThatThrownBy(() -> Planner.plan(far, TestCatalog.catalog()))
                .isInstanceOf(InfeasibleException.class)
                .hasMessageContaining("closest site is")
                .extracting(e -> ((InfeasibleException) e).bindingConstraint())
                .isEqualTo("workloads[0].latency_slo_ms");
    }

    @Test
    void samePlanTwice() {
        Scenario s = Scenarios.dallas(400, Redundancy.TWO_N);
        assertThat(Planner.plan(s, TestCatalog.catalog())).isEqualTo(Planner.plan(s, TestCatalog.catalog()));
    }

    @Property
    void moreDemandNeverNeedsFewerAcceleratorsOrLessPower(@ForAll @DoubleRange(min = 1, max = 3_000) double rps,
                                                         @ForAll @DoubleRange(min = 0, max = 3_000) double extra) {
        Plan base = Planner.plan(Scenarios.dallas(rps, Redundancy.N_PLUS_1), TestCatalog.catalog());
        Plan more = Planner.plan(Scenarios.dallas(rps + extra, Redundancy.N_PLUS_1), TestCatalog.catalog());
        assertThat(more.summary().accelerators()).isGreaterThanOrEqualTo(base.summary().accelerators());
        assertThat(more.summary().itKw()).isGreaterThanOrEqualTo(base.summary().itKw());
    }

    private static Scenario withSites(Scenario s, Sites sites) {
        return new Scenario(s.name(), s.horizonYears(), s.seed(), s.workloads(), s.demand(), sites, s.hardware(),
                s.design(), s.finance(), s.network());
    }
}
