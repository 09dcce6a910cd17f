package dev.edgeplan.core.plan;

import java.util.Arrays;

/** Percentiles of values each carrying a weight (demand): the smallest value whose cumulative weight reaches p. */
final class WeightedPercentiles {

    private WeightedPercentiles() {
    }

    /** @return one value per entry of {@code p} (each in (0, 1]); 0 when there are no values */
    static double[] of(double[] values, double[] weights, double[] p) {
        double[] out = new double[p.length];
        int n = values.length;
        if (n == 0) {
            return out;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = 0.0;
        for (double w : weights) {
            total += w;
        }
        for (int k = 0; k < p.length; k++) {
            double target = p[k] * total;
            double cumulative = 0.0;
            out[k] = values[order[n - 1]];
            for (int i = 0; i < n; i++) {
                cumulative += weights[order[i]];
                if (cumulative >= target * (1 - 1e-12)) {
                    out[k] = values[order[i]];
                    break;
                }
            }
        }
        return out;
    }
}
