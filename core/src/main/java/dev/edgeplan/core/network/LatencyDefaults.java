package dev.edgeplan.core.network;

import dev.edgeplan.core.scenario.AccessType;

/**
 * Latency model constants with their sources (shared/research/network.md §6, copied here because a
 * user's clone has no shared/).
 */
public final class LatencyDefaults {

    private LatencyDefaults() {
    }

    /**
     * One-way speed of light in single-mode fibre: c / 1.468 (Corning SMF-28 group index ≈ 1.4682)
     * ≈ 204 km per ms, i.e. 4.90 µs/km.
     */
    public static final double FIBER_KM_PER_MS = 204.0;

    /**
     * Median fibre route km ÷ great-circle km when a fixed core term is fitted alongside: k = 1.53–1.66
     * in least-squares fits of rtt = k·(2·gc_km/204) + c on 145 measured cloud-backbone RTTs under
     * 2,500 km (shared/research/network.md §3).
     */
    public static final double ROUTE_FACTOR = 1.6;

    /** Fixed round-trip overhead of the same fits: c = 4.1–6.3 ms (median profile). */
    public static final double CORE_FIXED_MS = 5.0;

    /** Conservative (P90) profile of the same fits: route factor 2.0 with a 9 ms fixed term (residual P90 9.2 ms). */
    public static final double ROUTE_FACTOR_P90 = 2.0;
    public static final double CORE_FIXED_MS_P90 = 9.0;

    /**
     * Median idle round trip of the access network (home to first IXP/PoP): FCC Measuring Broadband
     * America 2023 for FTTH 9.4 ms, cable 16.7 ms, DSL 26.7 ms; Opensignal 2019 LTE lower bound 44 ms;
     * public 5G NSA taken equal to LTE until a measured source is found; private fibre / private 5G
     * floor 2 ms (3GPP 1 ms one-way radio target); site-to-site paths 0.
     */
    public static double accessRttMs(AccessType access) {
        return switch (access) {
            case FIBER -> 9.4;
            case CABLE -> 16.7;
            case DSL -> 26.7;
            case LTE, FIVE_G -> 44.0;
            case PRIVATE -> 2.0;
            case NONE -> 0.0;
        };
    }
}
