package dev.edgeplan.core.scenario;

import java.util.Objects;

/**
 * Candidate sites generated from the bundled cities: one per city the filter keeps (suburbs absorbed into
 * their agglomeration), or with {@code filter.gridKm()} one per grid cell at its largest city.
 *
 * @param powerAvailableMw    utility power assumed deliverable at each generated site, MW
 * @param powerPriceUsdPerKwh electricity price at each generated site, USD/kWh
 * @param buildCostIndex      construction cost relative to the US average
 * @param processingMs        time inside each generated site added to every round trip, ms
 */
public record CandidateCities(CitiesFilter filter, double powerAvailableMw, double powerPriceUsdPerKwh,
                              double buildCostIndex, double processingMs) {

    public CandidateCities {
        Objects.requireNonNull(filter, "filter");
    }
}
