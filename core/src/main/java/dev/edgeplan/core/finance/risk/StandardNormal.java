package dev.edgeplan.core.finance.risk;

/** The standard normal CDF and its inverse, to the accuracy a Monte Carlo over planning inputs needs. */
final class StandardNormal {

    /**
     * Coefficients of P. J. Acklam, "An algorithm for computing the inverse normal cumulative distribution
     * function" (2003): rational approximations with relative error below 1.15e-9 over (0, 1).
     */
    private static final double[] ACKLAM_A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] ACKLAM_B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] ACKLAM_C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] ACKLAM_D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    /** Acklam's break point between the central and the tail approximations. */
    private static final double ACKLAM_P_LOW = 0.02425;

    /**
     * Chebyshev fit of erfc, fractional error below 1.2e-7 everywhere: Press et al., Numerical Recipes in C, 2nd ed.
     * (1992), §6.2, function erfcc. Coefficients in order of the nested polynomial in t = 1 / (1 + z/2).
     */
    private static final double[] ERFCC = {-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
        0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277};

    private StandardNormal() {
    }

    /** Φ(x), relative error below 1.2e-7; exactly 0 or 1 at ∓∞. */
    static double cdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2.0));
    }

    /** Φ⁻¹(p) for p in (0, 1), relative error below 1.15e-9; −∞ for p ≤ 0 and +∞ for p ≥ 1. */
    static double inverseCdf(double p) {
        if (p <= 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (p < ACKLAM_P_LOW) {
            return tail(Math.sqrt(-2.0 * Math.log(p)));
        }
        if (p > 1.0 - ACKLAM_P_LOW) {
            return -tail(Math.sqrt(-2.0 * Math.log1p(-p)));
        }
        double q = p - 0.5;
        double r = q * q;
        return horner(ACKLAM_A, r) * q / (horner(ACKLAM_B, r) * r + 1.0);
    }

    private static double tail(double q) {
        return horner(ACKLAM_C, q) / (horner(ACKLAM_D, q) * q + 1.0);
    }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double poly = 0.0;
        for (int i = ERFCC.length - 1; i >= 0; i--) {
            poly = ERFCC[i] + t * poly;
        }
        double ans = t * Math.exp(-z * z + poly);
        return x >= 0 ? ans : 2.0 - ans;
    }

    /** c[0]·x^(n−1) + … + c[n−1]. */
    private static double horner(double[] c, double x) {
        double sum = 0.0;
        for (double coefficient : c) {
            sum = sum * x + coefficient;
        }
        return sum;
    }
}
