package dev.edgeplan.core.siting;

import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.scenario.CandidateCities;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.CitiesFilter;
import dev.edgeplan.core.scenario.Sites;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateGeneratorTest {

    private static final City DALLAS = new City(1, "Dallas", "US", "Texas", 32.79, -96.77, 5_668_165);
    /** 20 km from Dallas: absorbed into its agglomeration (radius 42 km). */
    private static final City IRVING = new City(2, "Irving", "US", "Texas", 32.86, -96.97, 250_000);
    private static final City WACO = new City(3, "Waco", "US", "Texas", 31.55, -97.15, 170_000);
    private static final City TYLER = new City(4, "Tyler", "US", "Texas", 32.33, -95.30, 110_000);
    private static final City TULSA = new City(5, "Tulsa", "US", "Oklahoma", 36.13, -95.90, 700_000);
    private static final List<City> CITIES = List.of(DALLAS, IRVING, WACO, TYLER, TULSA);

    private static CandidateCities rule(CitiesFilter filter) {
        return new CandidateCities(filter, 5, 0.07, 1.1, 0.5);
    }

    @Test
    void oneCandidatePerCityAbovePopulationWithDefaultsCarried() {
        List<CandidateSite> sites = CandidateGenerator.fromCities(
                rule(new CitiesFilter(List.of("US"), List.of("Texas"), 150_000, Optional.empty())), CITIES);
        assertThat(sites).extracting(CandidateSite::id).containsExactly("city-1", "city-3");
        CandidateSite dallas = sites.get(0);
        assertThat(dallas.name()).isEqualTo("Dallas, US");
        assertThat(dallas.powerAvailableMw()).isEqualTo(5);
        assertThat(dallas.powerPriceUsdPerKwh()).isEqualTo(0.07);
        assertThat(dallas.buildCostIndex()).isEqualTo(1.1);
        assertThat(dallas.processingMs()).isEqualTo(0.5);
        assertThat(dallas.climate()).isEmpty();
    }

    @Test
    void radiusAndGridNarrowTheCandidates() {
        // Within 200 km of Dallas: Dallas, Waco (~140 km) and Tyler (~140 km); Tulsa (~380 km) is out.
        CitiesFilter circle = new CitiesFilter(List.of(), List.of(), 100_000,
                Optional.of(new CitiesFilter.Circle(32.79, -96.77, 200)));
        assertThat(CandidateGenerator.fromCities(rule(circle), CITIES)).extracting(CandidateSite::id)
                .containsExactly("city-1", "city-3", "city-4");
        // A 1,000 km grid leaves one candidate per cell, at the cell's largest city.
        CitiesFilter coarse = new CitiesFilter(List.of(), List.of(), 100_000, Optional.empty(), OptionalDouble.of(1_000));
        List<CandidateSite> gridded = CandidateGenerator.fromCities(rule(coarse), CITIES);
        assertThat(gridded.size()).isLessThan(4);
        assertThat(gridded.get(0).id()).isEqualTo("city-1");
    }

    @Test
    void generatedCandidatesFollowTheGivenOnes() {
        Sites sites = new Sites(List.of(Scenarios.site("given", 33.0, -97.0, 2)), OptionalInt.empty(),
                Optional.of(rule(new CitiesFilter(List.of(), List.of("Oklahoma"), 0, Optional.empty()))));
        assertThat(CandidateGenerator.all(sites, CITIES)).extracting(CandidateSite::id).containsExactly("given", "city-5");
    }
}
