package dev.edgeplan.core.finance.risk;

import java.util.List;

/**
 * Equal-width bins from the smallest to the largest draw; the last bin includes its upper edge. When every draw is
 * the same, all fall in the first bin and the width is 0.
 */
public record Histogram(double lowerUsd, double upperUsd, List<Integer> counts) {

    public Histogram {
        counts = List.copyOf(counts);
    }

    public double binWidthUsd() {
        return (upperUsd - lowerUsd) / counts.size();
    }
}
