package dev.edgeplan.core.facility.power;

/**
 * Part-load losses of liquid-immersed MV/LV distribution transformers: no-load (core) loss plus load (winding) loss
 * growing with the square of the per-unit load — the no-load + square-law terms of Schneider's WP 113 loss model,
 * with no proportional term.
 *
 * <p>Losses are anchored on the US minimum efficiencies of 10 CFR 431.196(b)(2) for three-phase liquid-immersed
 * distribution transformers made from 1 January 2016, which are stated at 50 % per-unit load:
 * loss at half load L50 = 0.5 · kVA · (1/η50 − 1) (unity power factor, as the DOE test procedure states efficiency).
 * UNCERTAIN: the η50 values below are as recalled from that table and were not re-read from the eCFR this session.
 * The split assumes the design optimum sits at the test point (no-load loss = load loss at 50 % load), so
 * no-load = L50 / 2 and full-load winding loss = 2 · L50 [R].
 */
public final class TransformerLosses {

    /** Ratings, kVA, of the 10 CFR 431.196(b)(2) three-phase liquid-immersed table (15 kVA … 2,500 kVA). */
    static final double[] DOE_KVA = {15, 30, 45, 75, 112.5, 150, 225, 300, 500, 750, 1000, 1500, 2000, 2500};
    /** Minimum efficiency at 50 % per-unit load, % (UNCERTAIN, see class comment). */
    static final double[] DOE_EFFICIENCY_PCT_AT_HALF_LOAD = {98.65, 98.83, 98.92, 99.03, 99.11, 99.16, 99.23, 99.27, 99.35,
            99.40, 99.43, 99.48, 99.51, 99.53};
    /** Per-unit load of the DOE efficiency figures. */
    static final double TEST_PER_UNIT_LOAD = 0.5;

    private TransformerLosses() {
    }

    /** Minimum efficiency at half load of a rating, interpolated linearly in kVA as the regulation says; above 2,500 kVA the 2,500 kVA value. */
    public static double efficiencyAtHalfLoad(double kva) {
        if (kva <= DOE_KVA[0]) {
            return DOE_EFFICIENCY_PCT_AT_HALF_LOAD[0] / 100.0;
        }
        for (int i = 1; i < DOE_KVA.length; i++) {
            if (kva <= DOE_KVA[i]) {
                double t = (kva - DOE_KVA[i - 1]) / (DOE_KVA[i] - DOE_KVA[i - 1]);
                return (DOE_EFFICIENCY_PCT_AT_HALF_LOAD[i - 1]
                        + t * (DOE_EFFICIENCY_PCT_AT_HALF_LOAD[i] - DOE_EFFICIENCY_PCT_AT_HALF_LOAD[i - 1])) / 100.0;
            }
        }
        return DOE_EFFICIENCY_PCT_AT_HALF_LOAD[DOE_KVA.length - 1] / 100.0;
    }

    /** No-load (core) loss of one transformer, kW. */
    public static double noLoadKw(double kva) {
        return halfLoadLossKw(kva) / 2.0;
    }

    /** Winding loss of one transformer at rated load, kW. */
    public static double fullLoadWindingKw(double kva) {
        return halfLoadLossKw(kva) / 2.0 / (TEST_PER_UNIT_LOAD * TEST_PER_UNIT_LOAD);
    }

    static double halfLoadLossKw(double kva) {
        double outKw = TEST_PER_UNIT_LOAD * kva;
        return outKw * (1.0 / efficiencyAtHalfLoad(kva) - 1.0);
    }

    /**
     * Losses, kW, of {@code units} energized transformers of {@code kva} each sharing {@code loadKva} evenly:
     * units · (no-load + full-load winding · x²), x = loadKva / (units · kva).
     */
    public static double lossKw(int units, double kva, double loadKva) {
        if (units <= 0 || kva <= 0) {
            return 0.0;
        }
        double x = loadKva / (units * kva);
        return units * (noLoadKw(kva) + fullLoadWindingKw(kva) * x * x);
    }
}
