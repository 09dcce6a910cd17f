package dev.edgeplan.core.demand;

import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.scenario.CitiesFilter;
import dev.edgeplan.core.scenario.Demand;
import dev.edgeplan.core.scenario.DemandPointSpec;
import dev.edgeplan.core.scenario.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemandModelTest {

    private static final City BIG = new City(1, "Big", "US", "Texas", 32.78, -96.80, 5_000_000);
    /** 10 km from Big: inside its agglomeration radius √(5e6 / (π·1000)) = 39.9 km. */
    private static final City SUBURB = new City(2, "Suburb", "US", "Texas", 32.87, -96.80, 200_000);
    /** About 400 km away: its own city. */
    private static final City FAR = new City(3, "Far", "US", "Texas", 29.42, -98.49, 1_500_000);
    private static final City ABROAD = new City(4, "Abroad", "MX", "Nuevo León", 25.67, -100.31, 5_000_000);

    @Test
    void agglomerationRadiusGrowsWithTheSquareRootOfPopulation() {
        // r = √(P / (π · 1,000 /km²)): 5 M → 39.89 km; 20,000 → 2.52 km.
        assertThat(Agglomerations.radiusKm(5_000_000)).isCloseTo(39.89, within(0.01));
        assertThat(Agglomerations.radiusKm(20_000)).isCloseTo(2.52, within(0.01));
    }

    @Test
    void suburbsInsideALargerCitysRadiusAreAbsorbed() {
        List<City> kept = Agglomerations.absorbSuburbs(List.of(SUBURB, FAR, BIG));
        assertThat(kept).containsExactly(BIG, FAR);
    }

    @Test
    void filterByCountryRegionAndPopulationFloor() {
        CitiesFilter filter = new CitiesFilter(List.of("US"), List.of("texas"), 1_000_000, Optional.empty());
        assertThat(DemandModel.selectCities(filter, List.of(BIG, SUBURB, FAR, ABROAD))).containsExactly(BIG, FAR);
        CitiesFilter circle = new CitiesFilter(List.of(), List.of(), 0,
                Optional.of(new CitiesFilter.Circle(32.78, -96.80, 50)));
        assertThat(DemandModel.selectCities(circle, List.of(BIG, SUBURB, FAR, ABROAD))).containsExactly(BIG);
    }

    @Test
    void ratesFromUsersSharesAndRequestsPerDay() {
        // 5 M people × 30 % × 20 requests/day ÷ 86,400 s = 347.22 req/s on average; × peak-to-average 1.0.
        Workload base = Scenarios.chat(1, 10, 50);
        Workload chat = new Workload("chat", base.kind(), "llama2-70b", 1155, 211, OptionalDouble.of(20),
                OptionalDouble.empty(), 1.0, 10, 50, 0, base.access(), base.ttftMs(), base.tpotMs(), base.sloPercentile(),
                base.arrivalCv2(), base.serviceCv2(), base.serving(), 0, 1);
        Demand demand = new Demand(Optional.of(new CitiesFilter(List.of("US"), List.of(), 0, Optional.empty())),
                List.of(), Map.of("chat", 30.0));
        DemandTable table = DemandModel.build(demand, List.of(chat), List.of(BIG));
        assertThat(table.averageRequestsPerS()[0][0]).isCloseTo(347.222, within(0.001));
        // Year 2 at 10 %/yr growth: × 1.21.
        assertThat(table.peakRequestsPerS(0, 0, 2)).isCloseTo(347.222 * 1.21, within(0.001));
    }

    @Test
    void absoluteRateIsSpreadByPopulationAndPerPointRatesOverride() {
        Demand demand = new Demand(Optional.empty(), List.of(
                new DemandPointSpec("a", "A", 0, 0, 3_000, Map.of()),
                new DemandPointSpec("b", "B", 0, 1, 1_000, Map.of())), Map.of());
        DemandTable table = DemandModel.build(demand, List.of(Scenarios.chat(100, 0, 50)), List.of());
        assertThat(table.averageRequestsPerS()[0]).containsExactly(75.0, 25.0);

        Demand perPoint = new Demand(Optional.empty(), List.of(
                new DemandPointSpec("a", "A", 0, 0, 0, Map.of("chat", 7.0)),
                new DemandPointSpec("b", "B", 0, 1, 0, Map.of())), Map.of());
        DemandTable overridden = DemandModel.build(perPoint, List.of(Scenarios.chat(100, 0, 50)), List.of());
        assertThat(overridden.averageRequestsPerS()[0]).containsExactly(7.0, 0.0);
    }

    @Test
    void radiusFilterKeepsOnlyCitiesInsideTheCircleAndThePopulationFloorApplies() {
        // Big → Far is 400 km: a 450 km circle around Big keeps both, 350 km only Big.
        CitiesFilter wide = new CitiesFilter(List.of(), List.of(), 0, Optional.of(new CitiesFilter.Circle(32.78, -96.80, 450)));
        CitiesFilter narrow = new CitiesFilter(List.of(), List.of(), 0, Optional.of(new CitiesFilter.Circle(32.78, -96.80, 350)));
        CitiesFilter floor = new CitiesFilter(List.of(), List.of(), 2_000_000, Optional.empty());
        List<City> all = List.of(BIG, SUBURB, FAR, ABROAD);
        assertThat(DemandModel.selectCities(wide, all)).containsExactly(BIG, FAR);
        assertThat(DemandModel.selectCities(narrow, all)).containsExactly(BIG);
        assertThat(DemandModel.selectCities(floor, all)).containsExactlyInAnyOrder(BIG, ABROAD);
        assertThat(DemandModel.selectCities(new CitiesFilter(List.of("MX"), List.of(), 0, Optional.empty()), all))
                .containsExactly(ABROAD);
    }

    @Test
    void gridAggregatesCitiesIntoCellsKeepingPopulation() {
        // Two towns 20 km apart fall in one 100 km cell; Far (400 km away) gets its own.
        City a = new City(10, "A", "US", "Texas", 32.50, -97.50, 300_000);
        City b = new City(11, "B", "US", "Texas", 32.50, -97.29, 100_000);
        Demand demand = new Demand(Optional.of(new CitiesFilter(List.of(), List.of(), 0, Optional.empty(),
                OptionalDouble.of(100))), List.of(), Map.of("chat", 10.0));
        DemandTable table = DemandModel.build(demand, List.of(Scenarios.chat(1, 0, 50)), List.of(a, b, FAR));
        assertThat(table.points()).hasSize(2);
        assertThat(table.points().stream().mapToDouble(DemandPoint::population).sum()).isEqualTo(1_900_000);
        DemandPoint cell = table.points().stream().filter(p -> p.population() == 400_000).findFirst().orElseThrow();
        assertThat(cell.name()).isEqualTo("A, US +1 more");
        assertThat(cell.origin()).isEqualTo("grid");
        // Population-weighted centroid: 3/4 of the way to A.
        assertThat(cell.lon()).isCloseTo(-97.50 + 0.21 / 4, within(1e-9));
    }

    @Test
    void gridCellsAreAboutTheRequestedSizeAtAnyLatitude() {
        // Points 1 km apart east-west at 60° N share a 50 km cell; points 120 km apart do not.
        double oneKmLonDeg = 1.0 / (GridCells.KM_PER_DEGREE * Math.cos(Math.toRadians(60)));
        City west = new City(20, "W", "FI", "", 60.0, 25.0, 10);
        City near = new City(21, "N", "FI", "", 60.0, 25.0 + oneKmLonDeg, 10);
        City far = new City(22, "F", "FI", "", 60.0, 25.0 + 120 * oneKmLonDeg, 10);
        assertThat(GridCells.group(List.of(west, near, far), 50)).hasSize(2);
    }
}
