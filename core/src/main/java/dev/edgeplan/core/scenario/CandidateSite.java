package dev.edgeplan.core.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * A place a facility could be built.
 *
 * @param powerAvailableMw       utility power that can be delivered to the site, MW
 * @param powerPriceUsdPerKwh    all-in electricity price, USD/kWh
 * @param buildCostIndex         construction cost relative to the US average (1.0)
 * @param climate                metro name in the climate catalog, if known
 * @param processingMs           extra time inside this site on every request (load balancers, pre/post
 *                               processing), ms; added to the round trip of every user it serves
 */
public record CandidateSite(String id, String name, double lat, double lon, double powerAvailableMw,
                            double powerPriceUsdPerKwh, double buildCostIndex, Optional<String> climate,
                            double processingMs) {

    public CandidateSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(climate, "climate");
    }
}
