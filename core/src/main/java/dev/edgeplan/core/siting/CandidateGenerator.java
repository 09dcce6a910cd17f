package dev.edgeplan.core.siting;

import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.demand.DemandModel;
import dev.edgeplan.core.demand.GridCells;
import dev.edgeplan.core.scenario.CandidateCities;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.Sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Candidate sites from the bundled cities ({@code sites.from_cities}), appended to the given ones. */
public final class CandidateGenerator {

    private CandidateGenerator() {
    }

    /** The scenario's candidates, then the generated ones (largest city first), in a deterministic order. */
    public static List<CandidateSite> all(Sites sites, List<City> cities) {
        List<CandidateSite> result = new ArrayList<>(sites.candidates());
        sites.fromCities().ifPresent(rule -> result.addAll(fromCities(rule, cities)));
        return result;
    }

    /**
     * One candidate per city kept by the filter (the same selection as demand: suburbs absorbed, then the
     * population floor), or with a grid one per cell, placed at the cell's largest city.
     */
    public static List<CandidateSite> fromCities(CandidateCities rule, List<City> cities) {
        List<City> selected = DemandModel.selectCities(rule.filter(), cities);
        List<City> places = rule.filter().gridKm().isPresent()
                ? GridCells.group(selected, rule.filter().gridKm().getAsDouble()).stream().map(GridCells.Cell::largest)
                .toList()
                : selected;
        return places.stream().map(city -> new CandidateSite("city-" + city.id(), city.name() + ", " + city.countryIso2(),
                city.lat(), city.lon(), rule.powerAvailableMw(), rule.powerPriceUsdPerKwh(), rule.buildCostIndex(),
                Optional.empty(), rule.processingMs())).toList();
    }
}
