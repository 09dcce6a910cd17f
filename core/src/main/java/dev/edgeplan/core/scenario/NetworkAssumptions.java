package dev.edgeplan.core.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Latency model constants (defaults and sources in {@code dev.edgeplan.core.network.LatencyDefaults}).
 *
 * @param fiberKmPerMs    one-way propagation speed in fibre, km per ms
 * @param routeFactor     fibre route km ÷ great-circle km, median profile
 * @param coreFixedMs     fixed round-trip overhead of routers and peering, median profile, ms
 * @param routeFactorP90  route factor of the conservative (p90) profile
 * @param coreFixedMsP90  fixed round-trip overhead of the conservative (p90) profile, ms
 * @param accessRttMs     per access type, median access round trip overriding the default, ms
 * @param accessRttMsP90  per access type, p90 access round trip overriding the default, ms
 * @param sloCheck        which estimate SLO coverage checks use
 */
public record NetworkAssumptions(double fiberKmPerMs, double routeFactor, double coreFixedMs, double routeFactorP90,
                                 double coreFixedMsP90, Map<AccessType, Double> accessRttMs,
                                 Map<AccessType, Double> accessRttMsP90, LatencyPercentile sloCheck) {

    public NetworkAssumptions {
        accessRttMs = copy(accessRttMs);
        accessRttMsP90 = copy(accessRttMsP90);
        Objects.requireNonNull(sloCheck, "sloCheck");
    }

    private static Map<AccessType, Double> copy(Map<AccessType, Double> overrides) {
        return overrides.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(overrides));
    }
}
