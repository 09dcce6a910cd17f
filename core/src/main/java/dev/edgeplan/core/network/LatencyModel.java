package dev.edgeplan.core.network;

import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.LatencyPercentile;
import dev.edgeplan.core.scenario.NetworkAssumptions;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Round-trip time between a user and a site (docs/network.md):
 * {@code rtt_ms = 2 × gc_km × route_factor / fiber_km_per_ms + core_fixed_ms + access_rtt_ms(access) + processing_ms},
 * once with the median constants and once with the p90 ones. A p90 constant below its median
 * counterpart (possible when a scenario overrides only one of them) is raised to it, so the p90
 * estimate is never below the median one.
 */
public record LatencyModel(NetworkAssumptions network) {

    public static NetworkAssumptions defaults() {
        return new NetworkAssumptions(LatencyDefaults.FIBER_KM_PER_MS, LatencyDefaults.ROUTE_FACTOR,
                LatencyDefaults.CORE_FIXED_MS, LatencyDefaults.ROUTE_FACTOR_P90, LatencyDefaults.CORE_FIXED_MS_P90,
                Map.of(), Map.of(), LatencyDefaults.SLO_CHECK);
    }

    public double routeFactor(LatencyPercentile q) {
        return q == LatencyPercentile.MEDIAN ? network.routeFactor()
                : Math.max(network.routeFactor(), network.routeFactorP90());
    }

    public double coreFixedMs(LatencyPercentile q) {
        return q == LatencyPercentile.MEDIAN ? network.coreFixedMs()
                : Math.max(network.coreFixedMs(), network.coreFixedMsP90());
    }

    public double accessRttMs(AccessType access, LatencyPercentile q) {
        double median = network.accessRttMs().getOrDefault(access, LatencyDefaults.accessRttMs(access));
        if (q == LatencyPercentile.MEDIAN) {
            return median;
        }
        return Math.max(median, network.accessRttMsP90().getOrDefault(access, LatencyDefaults.accessRttMsP90(access)));
    }

    /** Round trip over the backbone only (no access network, no processing), ms. */
    public double backboneRttMs(double distanceKm, LatencyPercentile q) {
        return 2.0 * distanceKm * routeFactor(q) / network.fiberKmPerMs() + coreFixedMs(q);
    }

    /** Backbone round trip of the estimate SLO checks use ({@code network.slo_check}). */
    public double sloBackboneRttMs(double distanceKm) {
        return backboneRttMs(distanceKm, network.sloCheck());
    }

    /**
     * Farthest great-circle distance whose backbone round trip, at the estimate SLO checks use, stays within
     * {@code backboneBudgetMs}: the inverse of {@link #sloBackboneRttMs}. Empty when even a user next door is over
     * budget (the budget is below the fixed core time).
     */
    public OptionalDouble sloRadiusKm(double backboneBudgetMs) {
        LatencyPercentile q = network.sloCheck();
        double propagationMs = backboneBudgetMs - coreFixedMs(q);
        if (propagationMs < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(propagationMs * network.fiberKmPerMs() / (2.0 * routeFactor(q)));
    }

    /** Access round trip of the estimate SLO checks use. */
    public double sloAccessRttMs(AccessType access) {
        return accessRttMs(access, network.sloCheck());
    }

    public RoundTrip roundTrip(double distanceKm, AccessType access, double processingMs) {
        LatencyPercentile m = LatencyPercentile.MEDIAN;
        LatencyPercentile p90 = LatencyPercentile.P90;
        double propagationMs = backboneRttMs(distanceKm, m) - coreFixedMs(m);
        double propagationMsP90 = backboneRttMs(distanceKm, p90) - coreFixedMs(p90);
        return new RoundTrip(distanceKm, access, routeFactor(m), routeFactor(p90), distanceKm * routeFactor(m),
                distanceKm * routeFactor(p90), propagationMs, propagationMsP90, coreFixedMs(m), coreFixedMs(p90),
                accessRttMs(access, m), accessRttMs(access, p90), processingMs,
                backboneRttMs(distanceKm, m) + accessRttMs(access, m) + processingMs,
                backboneRttMs(distanceKm, p90) + accessRttMs(access, p90) + processingMs);
    }

    public RoundTrip roundTrip(double lat1, double lon1, double lat2, double lon2, AccessType access,
                               double processingMs) {
        return roundTrip(GreatCircle.distanceKm(lat1, lon1, lat2, lon2), access, processingMs);
    }
}
