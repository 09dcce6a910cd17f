package dev.edgeplan.core.plan;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.TestCatalog;
import dev.edgeplan.core.scenario.Demand;
import dev.edgeplan.core.scenario.DemandPointSpec;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.core.scenario.Sites;
import dev.edgeplan.core.scenario.SitingPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The planner's siting step: Dallas (1 M people) and Houston (2 M) are ~360 km apart, too far for a 25 ms SLO
 * (backbone p90 Garland–Houston ≈ 2 × 370 × 2.0 / 204 + 9 = 16.3 ms against 25 − 12.5 ms left after fibre access).
 */
class SitingPlanTest {

    private static final DemandPointSpec DALLAS = new DemandPointSpec("dallas", "Dallas", 32.7767, -96.7970, 1_000_000, Map.of());
    private static final DemandPointSpec HOUSTON = new DemandPointSpec("houston", "Houston", 29.7604, -95.3698, 2_000_000, Map.of());

    private static Scenario texas(List<DemandPointSpec> points, OptionalInt maxSites, SitingPolicy policy) {
        Scenario s = Scenarios.dallas(400, Redundancy.N_PLUS_1);
        Sites sites = new Sites(List.of(Scenarios.site("garland", 32.9126, -96.6389, 20),
                Scenarios.site("plano", 33.0198, -96.6989, 20),
                Scenarios.site("houston-east", 29.7700, -95.2500, 20)), maxSites, Optional.empty(), policy);
        return new Scenario(s.name(), s.horizonYears(), s.seed(), List.of(Scenarios.chat(400, 0, 25)),
                new Demand(Optional.empty(), points, Map.of()), sites, s.hardware(), s.design(), s.finance(),
                s.network(), s.phasing(), s.risk());
    }

    private static SitingPolicy policy(SitingPolicy.Model model, int covers) {
        return new SitingPolicy(model, covers, 100, SitingPolicy.Solver.EXACT, 10);
    }

    @Test
    void oneSiteGoesWhereMostDemandIsAndTheGapIsProven() {
        Plan plan = Planner.plan(texas(List.of(DALLAS, HOUSTON), OptionalInt.of(1),
                policy(SitingPolicy.Model.MAX_COVERAGE, 1)), TestCatalog.catalog());
        assertThat(plan.sites()).extracting(SitePlan::id).containsExactly("houston-east");
        assertThat(plan.siting().provenOptimal()).isTrue();
        assertThat(plan.siting().gap()).isZero();
        assertThat(plan.siting().coveredPct()).isCloseTo(200.0 / 3.0, within(1e-9));
        // losing the only site loses everything
        assertThat(plan.siting().worstLossCoveredPct()).isZero();
    }

    /** Each candidate costs 20 MW × $11.7 M/MW × index 1 = $234 M against the budget. */
    @Test
    void aBudgetBuysTheSitesCoveringTheMostDemand() {
        SitingPolicy one = new SitingPolicy(SitingPolicy.Model.MAX_COVERAGE, 1, 100, SitingPolicy.Solver.EXACT, 10,
                java.util.OptionalDouble.of(300e6));
        Plan plan = Planner.plan(texas(List.of(DALLAS, HOUSTON), OptionalInt.empty(), one), TestCatalog.catalog());
        assertThat(plan.sites()).extracting(SitePlan::id).containsExactly("houston-east");
        assertThat(plan.siting().provenOptimal()).isTrue();
        assertThat(plan.siting().coveredPct()).isCloseTo(200.0 / 3.0, within(1e-9));

        SitingPolicy two = new SitingPolicy(SitingPolicy.Model.MAX_COVERAGE, 1, 100, SitingPolicy.Solver.EXACT, 10,
                java.util.OptionalDouble.of(500e6));
        Plan both = Planner.plan(texas(List.of(DALLAS, HOUSTON), OptionalInt.empty(), two), TestCatalog.catalog());
        assertThat(both.sites()).hasSize(2);
        assertThat(both.siting().coveredPct()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void withoutMaxSitesTheFewestSitesCoverAllReachableDemand() {
        Plan plan = Planner.plan(texas(List.of(DALLAS, HOUSTON), OptionalInt.empty(),
                SitingPolicy.defaults()), TestCatalog.catalog());
        assertThat(plan.sites()).hasSize(2);
        assertThat(plan.summary().servedDemandPct()).isCloseTo(100.0, within(1e-9));
        assertThat(plan.workloads().get(0).rttMsP99()).isLessThanOrEqualTo(25.0);
        assertThat(plan.workloads().get(0).rttMsP50()).isLessThanOrEqualTo(plan.workloads().get(0).rttMsP99());
    }

    @Test
    void minCostCoverNamesThePointsNoCandidateReaches() {
        DemandPointSpec seattle = new DemandPointSpec("seattle", "Seattle", 47.6062, -122.3321, 700_000, Map.of());
        Scenario s = texas(List.of(DALLAS, HOUSTON, seattle), OptionalInt.empty(),
                policy(SitingPolicy.Model.MIN_COST_COVER, 1));
        assertThatThrownBy(() -> Planner.plan(s, TestCatalog.catalog()))
                .isInstanceOf(InfeasibleException.class)
                .hasMessageContaining("Seattle (chat)")
                .extracting(e -> ((InfeasibleException) e).bindingConstraint()).isEqualTo("siting.model");
    }

    @Test
    void doubleCoverKeepsABackupInReachAndSizesItForTheFailover() {
        Plan single = Planner.plan(texas(List.of(DALLAS), OptionalInt.empty(),
                policy(SitingPolicy.Model.MIN_COST_COVER, 1)), TestCatalog.catalog());
        Plan resilient = Planner.plan(texas(List.of(DALLAS), OptionalInt.empty(),
                policy(SitingPolicy.Model.MIN_COST_COVER, 2)), TestCatalog.catalog());
        assertThat(single.sites()).hasSize(1);
        assertThat(resilient.sites()).extracting(SitePlan::id).containsExactly("garland", "plano");
        // the backup carries no load of its own, but is sized for all of Dallas should the primary fail
        int primary = single.sites().get(0).workloads().get(0).accelerators();
        assertThat(resilient.sites()).allSatisfy(site ->
                assertThat(site.workloads().get(0).accelerators()).isGreaterThanOrEqualTo(primary));
        assertThat(resilient.siting().worstLossCoveredPct()).isCloseTo(100.0, within(1e-9));
        assertThat(single.siting().worstLossCoveredPct()).isZero();
    }

    @Test
    void pMedianAndPCenterAreSolvedToOptimality() {
        for (SitingPolicy.Model model : List.of(SitingPolicy.Model.P_MEDIAN, SitingPolicy.Model.P_CENTER)) {
            Plan plan = Planner.plan(texas(List.of(DALLAS, HOUSTON), OptionalInt.of(2), policy(model, 1)),
                    TestCatalog.catalog());
            assertThat(plan.siting().model()).isEqualTo(model.key());
            assertThat(plan.siting().provenOptimal()).as(model.key()).isTrue();
            assertThat(plan.sites()).as(model.key()).hasSize(2);
            assertThat(plan.summary().servedDemandPct()).isCloseTo(100.0, within(1e-9));
        }
    }

    @Test
    void capacitatedOpensASecondSiteWhenTheFirstIsFull() {
        // Dallas only: either site reaches all of it; 0.05 MW at garland powers ~21 of the ~29 accelerator-equivalents
        Scenario base = texas(List.of(DALLAS), OptionalInt.empty(), policy(SitingPolicy.Model.CAPACITATED, 1));
        Sites small = new Sites(List.of(Scenarios.site("garland", 32.9126, -96.6389, 0.05),
                Scenarios.site("plano", 33.0198, -96.6989, 20)), OptionalInt.empty(), Optional.empty(),
                policy(SitingPolicy.Model.CAPACITATED, 1));
        Plan roomy = Planner.plan(base, TestCatalog.catalog());
        assertThat(roomy.sites()).hasSize(1);
        assertThat(roomy.siting().provenOptimal()).isTrue();
        Scenario tight = new Scenario(base.name(), base.horizonYears(), base.seed(), base.workloads(), base.demand(),
                small, base.hardware(), base.design(), base.finance(), base.network(), base.phasing(), base.risk());
        Plan plan = Planner.plan(tight, TestCatalog.catalog());
        assertThat(plan.sites()).extracting(SitePlan::id).containsExactly("plano");
    }

    /** Dallas needs ~29 accelerator-equivalents; two sites of 0.04 MW (~17 each) could carry it only by splitting it. */
    @Test
    void singleSourceSendsEachPointWholeToOneSite() {
        SitingPolicy single = new SitingPolicy(SitingPolicy.Model.CAPACITATED, 1, 100, SitingPolicy.Solver.EXACT, 10,
                java.util.OptionalDouble.empty(), SitingPolicy.Assignment.SINGLE);
        Plan roomy = Planner.plan(texas(List.of(DALLAS, HOUSTON), OptionalInt.empty(), single), TestCatalog.catalog());
        assertThat(roomy.siting().method()).contains("single-source");
        assertThat(roomy.siting().provenOptimal()).isTrue();
        assertThat(roomy.summary().servedDemandPct()).isCloseTo(100.0, within(1e-9));

        Scenario base = texas(List.of(DALLAS), OptionalInt.empty(), single);
        java.util.function.Function<SitingPolicy, Scenario> halves = policy -> new Scenario(base.name(),
                base.horizonYears(), base.seed(), base.workloads(), base.demand(),
                new Sites(List.of(Scenarios.site("garland", 32.9126, -96.6389, 0.04),
                        Scenarios.site("plano", 33.0198, -96.6989, 0.04)), OptionalInt.empty(), Optional.empty(), policy),
                base.hardware(), base.design(), base.finance(), base.network(), base.phasing(), base.risk());
        assertThatThrownBy(() -> Planner.plan(halves.apply(single), TestCatalog.catalog()))
                .isInstanceOf(dev.edgeplan.core.InfeasibleException.class)
                .hasMessageContaining("single-source").hasMessageContaining("siting.assignment: split");
    }
}
