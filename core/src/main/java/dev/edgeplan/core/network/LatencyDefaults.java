package dev.edgeplan.core.network;

import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.LatencyPercentile;

/**
 * Latency model constants with their sources (shared/research/network.md §1–§6, copied here because a
 * user's clone has no shared/). docs/network.md lists the same values.
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

    /**
     * Conservative (p90) profile: route factor 2.0 (the 1,000–2,500 km band median, and 2.0–2.5 is the
     * p90 of the implied factor beyond 2,500 km) with the 90th percentile of the residuals of that fit,
     * 9.2 ms → 9 ms (shared/research/network.md §3, "fixed term needed for a given factor").
     */
    public static final double ROUTE_FACTOR_P90 = 2.0;
    public static final double CORE_FIXED_MS_P90 = 9.0;

    /**
     * SLO coverage checks use the p90 estimate: a plan that only meets the SLO for the median user
     * pair misses it for the many pairs whose route is longer than the median (research §3: half the
     * measured pairs exceed the median profile; the tail is heavy).
     */
    public static final LatencyPercentile SLO_CHECK = LatencyPercentile.P90;

    /**
     * Median idle round trip of the access network (home to first IXP/PoP): FCC Measuring Broadband
     * America, July 2023 bin, as re-analysed by UC Boulder (bclear, TMA 2024) for FTTH 9.4 ms, cable
     * 16.7 ms, DSL 26.7 ms; Opensignal "State of Mobile: USA" Q1 2019 lower bound 44 ms for LTE; public
     * 5G NSA taken equal to LTE because early measurements showed no latency gain over 4G (Opensignal,
     * as reported); private fibre / private 5G floor 2 ms (3GPP 1 ms one-way radio target); site-to-site
     * paths 0.
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

    /**
     * Conservative access round trip. Fixed lines: the median over tests of each test's maximum RTT
     * (FTTH 12.5, cable 25.6, DSL 34.4 ms; same MBA July 2023 data, bclear file "rtt-max") — a test's
     * maximum is at or above its own p90, so this overstates a p90 rather than understating it. LTE and
     * public 5G: 66.4 ms, the top of Opensignal's Q1 2019 US range across states and cities (44.1–66.4).
     * Private access: no measured spread is published, so p90 equals the 2 ms floor (override it with a
     * measurement).
     */
    public static double accessRttMsP90(AccessType access) {
        return switch (access) {
            case FIBER -> 12.5;
            case CABLE -> 25.6;
            case DSL -> 34.4;
            case LTE, FIVE_G -> 66.4;
            case PRIVATE -> 2.0;
            case NONE -> 0.0;
        };
    }
}
