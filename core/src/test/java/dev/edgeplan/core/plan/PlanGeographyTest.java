package dev.edgeplan.core.plan;

import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.TestCatalog;
import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.scenario.Demand;
import dev.edgeplan.core.scenario.DemandPointSpec;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The plan's geography agrees with its siting: served points lie inside the SLO radius, the unserved one outside. */
class PlanGeographyTest {

    @Test
    void servedPointsAreWithinTheSloRadiusAndTheUnservedOneBeyondIt() {
        Scenario base = Scenarios.dallas(400, Redundancy.N_PLUS_1);
        Demand demand = new Demand(Optional.empty(), List.of(
                new DemandPointSpec("dallas", "Dallas", 32.7767, -96.7970, 1_000_000, Map.of()),
                new DemandPointSpec("houston", "Houston", 29.7604, -95.3698, 2_000_000, Map.of()),
                new DemandPointSpec("seattle", "Seattle", 47.6062, -122.3321, 700_000, Map.of())), Map.of());
        Scenario s = new Scenario(base.name(), base.horizonYears(), base.seed(), base.workloads(), demand, base.sites(),
                base.hardware(), base.design(), base.finance(), base.network(), base.phasing(), base.risk());
        Plan plan = Planner.plan(s, TestCatalog.catalog());
        PlanGeography geo = plan.geography();

        assertThat(geo.demandPoints()).hasSize(plan.summary().demandPoints()).hasSize(3);
        assertThat(geo.candidates()).hasSize(plan.summary().candidateSites());
        assertThat(geo.coverage()).singleElement().satisfies(c -> {
            assertThat(c.siteId()).isEqualTo("garland");
            assertThat(c.workloadId()).isEqualTo("chat");
            // the radius is the inverse of the SLO check: backbone + access round trip = budget at the edge
            LatencyModel latency = new LatencyModel(s.network());
            double access = latency.sloAccessRttMs(s.workloads().get(0).access());
            assertThat(latency.sloBackboneRttMs(c.radiusKm()) + access).isCloseTo(c.networkBudgetMs(), within(1e-9));
        });
        double radiusKm = geo.coverage().get(0).radiusKm();
        for (PlanGeography.PointDemand p : geo.demandPoints()) {
            PlanGeography.PointWorkload w = p.workloads().get(0);
            double km = GreatCircle.distanceKm(p.point().lat(), p.point().lon(), 32.9126, -96.6389);
            if (p.point().id().equals("seattle")) {
                assertThat(w.siteId()).isEmpty();
                assertThat(km).isGreaterThan(radiusKm);
            } else {
                assertThat(w.siteId()).contains("garland");
                assertThat(km).isLessThanOrEqualTo(radiusKm);
                assertThat(w.rttMs()).isPositive();
            }
            assertThat(w.peakRequestsPerSDesign()).isGreaterThan(0);
        }
    }
}
