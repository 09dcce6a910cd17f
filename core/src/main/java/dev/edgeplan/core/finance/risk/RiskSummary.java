package dev.edgeplan.core.finance.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Statistics of the NPV draws of a Monte Carlo run.
 *
 * <p>Percentiles interpolate linearly between order statistics, as numpy's default ({@code method="linear"},
 * Hyndman–Fan type 7): with the n draws sorted x₀ ≤ … ≤ x_(n−1) and h = (n − 1)·p, P = x_⌊h⌋ + (h − ⌊h⌋)·(x_⌈h⌉ − x_⌊h⌋).
 *
 * @param sdNpvUsd          sample standard deviation (n − 1 in the denominator; 0 for one draw)
 * @param probabilityOfLoss share of draws with NPV &lt; 0
 */
public record RiskSummary(int draws, double meanNpvUsd, double sdNpvUsd, double p10NpvUsd, double p50NpvUsd,
                          double p90NpvUsd, double minNpvUsd, double maxNpvUsd, double probabilityOfLoss,
                          Histogram histogram) {

    /** Bins of the report's histogram: 20 bins of 5 % of the range read well as a text or SVG bar chart. */
    public static final int HISTOGRAM_BINS = 20;

    /** Summarises draws in any order; the array is not changed. */
    public static RiskSummary of(double[] npvUsd) {
        if (npvUsd.length == 0) {
            throw new IllegalArgumentException("a risk summary needs at least one draw");
        }
        double[] sorted = npvUsd.clone();
        Arrays.sort(sorted);
        double sum = 0.0;
        int losses = 0;
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("draws must be finite (got " + v + ")");
            }
            sum += v;
            if (v < 0) {
                losses++;
            }
        }
        int n = sorted.length;
        double mean = sum / n;
        double squares = 0.0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0.0;
        return new RiskSummary(n, mean, sd, percentile(sorted, 0.10), percentile(sorted, 0.50),
                percentile(sorted, 0.90), sorted[0], sorted[n - 1], (double) losses / n, histogram(sorted));
    }

    /** Linear-interpolation percentile (numpy default) of an ascending array; {@code p} in [0, 1]. */
    public static double percentile(double[] sortedAscending, double p) {
        if (sortedAscending.length == 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile needs values and p in [0, 1] (got p = " + p + ")");
        }
        double h = (sortedAscending.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sortedAscending.length - 1);
        return sortedAscending[below] + (h - below) * (sortedAscending[above] - sortedAscending[below]);
    }

    private static Histogram histogram(double[] sorted) {
        double lower = sorted[0];
        double upper = sorted[sorted.length - 1];
        double width = (upper - lower) / HISTOGRAM_BINS;
        int[] counts = new int[HISTOGRAM_BINS];
        for (double v : sorted) {
            int bin = width > 0 ? (int) Math.min(HISTOGRAM_BINS - 1, Math.floor((v - lower) / width)) : 0;
            counts[bin]++;
        }
        List<Integer> list = new ArrayList<>(HISTOGRAM_BINS);
        for (int c : counts) {
            list.add(c);
        }
        return new Histogram(lower, upper, list);
    }
}
