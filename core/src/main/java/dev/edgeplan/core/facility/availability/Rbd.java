package dev.edgeplan.core.facility.availability;

/**
 * Reliability-block-diagram algebra on steady-state availabilities (IEEE 493 / TM 5-698-1 method; formulas in
 * shared research facility.md §2.3): independent blocks, one repair crew per unit.
 */
public final class Rbd {

    public static final double HOURS_PER_YEAR = 8_760.0;

    private Rbd() {
    }

    /** Inherent availability A = MTBF / (MTBF + MTTR). */
    public static double availability(double mtbfH, double mttrH) {
        return mtbfH / (mtbfH + mttrH);
    }

    public static double series(double... availabilities) {
        double a = 1.0;
        for (double x : availabilities) {
            a *= x;
        }
        return a;
    }

    /** Active parallel: the block works while any branch works. */
    public static double parallel(double... availabilities) {
        double down = 1.0;
        for (double x : availabilities) {
            down *= 1.0 - x;
        }
        return 1.0 - down;
    }

    /** At least k of n identical independent units up: Σ_{i=k..n} C(n,i) A^i (1 − A)^(n−i). */
    public static double kOfN(int k, int n, double a) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n) {
            return 0.0;
        }
        double sum = 0.0;
        for (int i = k; i <= n; i++) {
            sum += binomial(n, i) * Math.pow(a, i) * Math.pow(1.0 - a, n - i);
        }
        return Math.min(1.0, sum);
    }

    /**
     * Common-cause element in series with a redundant group: β-factor model, λ_cc = β·λ with the unit's repair
     * time (IEC 61508-6 practice, β typically 1–10 %).
     */
    public static double commonCause(double mtbfH, double mttrH, double beta) {
        return beta <= 0 ? 1.0 : availability(mtbfH / beta, mttrH);
    }

    public static double downtimeHPerYear(double availability) {
        return (1.0 - availability) * HOURS_PER_YEAR;
    }

    static double binomial(int n, int k) {
        double c = 1.0;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }
}
