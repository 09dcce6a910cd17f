package dev.edgeplan.core.network;

import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.NetworkAssumptions;

/**
 * Round-trip time between a user and a site:
 * {@code rtt_ms = 2 × gc_km × route_factor / fiber_km_per_ms + core_fixed_ms + access_rtt_ms(access)}.
 */
public record LatencyModel(NetworkAssumptions network) {

    public static NetworkAssumptions defaults() {
        return new NetworkAssumptions(LatencyDefaults.FIBER_KM_PER_MS, LatencyDefaults.ROUTE_FACTOR,
                LatencyDefaults.CORE_FIXED_MS);
    }

    /** Round trip over the backbone only (no access network), ms. */
    public double backboneRttMs(double distanceKm) {
        return 2.0 * distanceKm * network.routeFactor() / network.fiberKmPerMs() + network.coreFixedMs();
    }

    public double rttMs(double lat1, double lon1, double lat2, double lon2, AccessType access) {
        return backboneRttMs(GreatCircle.distanceKm(lat1, lon1, lat2, lon2)) + LatencyDefaults.accessRttMs(access);
    }
}
