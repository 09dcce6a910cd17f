package dev.edgeplan.io.demand;

import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.demand.DemandModel;
import dev.edgeplan.core.scenario.CitiesFilter;
import dev.edgeplan.io.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled world-cities data double counts (an agglomeration's population includes suburbs that
 * are listed again). This pins the effect of the absorption rule on the whole US against the Census.
 */
class WorldCitiesDedupTest {

    /** 2020 Census resident population of the United States (50 states + DC). */
    static final double US_RESIDENTS_2020 = 331_449_281;

    /** 2020 Census urban population (80.0 % of residents). */
    static final double US_URBAN_2020 = 265_149_027;

    @Test
    void usSumFallsFromAboveTheCensusTotalToBetweenUrbanAndTotal() {
        List<City> cities = CatalogLoader.loadBundled().cities();
        List<City> us = cities.stream().filter(c -> c.countryIso2().equals("US")).toList();
        double raw = us.stream().mapToDouble(City::population).sum();
        List<City> kept = DemandModel.selectCities(new CitiesFilter(List.of("US"), List.of(), 0, Optional.empty()), cities);
        double deduplicated = kept.stream().mapToDouble(City::population).sum();

        assertThat(us).hasSize(5_393);
        assertThat(raw).isGreaterThan(US_RESIDENTS_2020);           // 380.1 M: double counted
        assertThat(kept).hasSize(2_985);
        assertThat(deduplicated).isBetween(US_URBAN_2020, US_RESIDENTS_2020); // 287.5 M
        assertThat(kept.get(0).name()).isEqualTo("New York");
        assertThat(kept).noneMatch(c -> c.admin1().equals("New Jersey")
                && (c.name().equals("Jersey City") || c.name().equals("Newark")));
    }
}
