package dev.edgeplan.core.plan;

import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.TestCatalog;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.cooling.ClimatePuePropertiesTestAccess;
import dev.edgeplan.core.facility.network.Ixp;
import dev.edgeplan.core.scenario.Redundancy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The planner wires climate, energy per year and network into every site. */
class PlannerFacilityTest {

    private static Catalog withClimateAndIxps(MonthlyClimate climate) {
        Catalog c = TestCatalog.catalog();
        List<Ixp> ixps = List.of(
                new Ixp("DE-CIX Dallas", "Dallas", "US", 32.78306, -96.80667, OptionalInt.empty(), OptionalDouble.empty(), "t"),
                new Ixp("Far IX", "Houston", "US", 29.76, -95.36, OptionalInt.empty(), OptionalDouble.empty(), "t"));
        return new Catalog(c.accelerators(), c.servers(), c.models(), c.benchmarks(), c.cities(), c.cooling(),
                List.of(climate), ixps);
    }

    /** The synthetic temperate climate placed at Dallas, so the Garland site picks it up as the nearest metro. */
    private static MonthlyClimate dallasClimate() {
        MonthlyClimate t = ClimatePuePropertiesTestAccess.temperate();
        return new MonthlyClimate("Synthetic Dallas", "US", 32.78, -96.80, 0, t.tmaxC(), t.tminC(),
                new double[] {-1, 0, 2, 5, 9, 13, 16, 16, 12, 7, 3, 0}, new double[12], Double.NaN, Double.NaN, "t");
    }

    @Test
    void nearestClimateAndExchangesReachThePlan() {
        Plan plan = Planner.plan(Scenarios.dallas(400, Redundancy.N_PLUS_1), withClimateAndIxps(dallasClimate()));
        SitePlan site = plan.sites().get(0);
        assertThat(site.facility().detail().energy().fromClimate()).isTrue();
        assertThat(site.facility().detail().energy().climateSource()).startsWith("Synthetic Dallas");
        assertThat(plan.warnings()).noneMatch(w -> w.contains("climate"));
        assertThat(site.facilityYears()).hasSize(plan.horizonYears());
        assertThat(site.facilityYears().get(site.facilityYears().size() - 1).itKwExpected())
                .isCloseTo(site.years().get(site.years().size() - 1).itKwExpected(), within(1e-9));
        assertThat(site.network().nearestIxps().get(0).name()).isEqualTo("DE-CIX Dallas");
        assertThat(site.network().nearestIxps()).hasSize(2);
        assertThat(site.network().diversePaths()).isEqualTo(2);
        // 400 req/s design peak × (2 kB + 1,155 × 4 B + 211 × 150 B) × 8 bit ≈ 0.12 Gbit/s.
        double bytes = 2_000 + 1155 * 4 + 211 * 150;
        assertThat(site.network().peakGbps()).isCloseTo(
                site.workloads().get(0).peakRequestsPerS() * bytes * 8 / 1e9, within(1e-12));
    }

    @Test
    void siteWithoutClimateWarns() {
        Plan plan = Planner.plan(Scenarios.dallas(400, Redundancy.N), TestCatalog.catalog());
        assertThat(plan.warnings()).anyMatch(w -> w.contains("no climate normals"));
        assertThat(plan.sites().get(0).network().diversePaths()).isEqualTo(1);
    }
}
