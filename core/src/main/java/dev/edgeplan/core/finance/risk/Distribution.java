package dev.edgeplan.core.finance.risk;

/**
 * The distribution of one risk driver's multiplier (1.0 = the base case), given by its quantile function so that a
 * draw takes exactly one uniform number: the draws of the other drivers do not move when one driver's distribution
 * changes.
 */
public sealed interface Distribution permits Distribution.Triangular, Distribution.Normal, Distribution.LogNormal {

    /** The inverse CDF: the value below which a share {@code probability} (in (0, 1)) of draws falls. */
    double quantile(double probability);

    /** Triangular on [min, max] with its peak at mode. */
    record Triangular(double min, double mode, double max) implements Distribution {

        public Triangular {
            if (!Double.isFinite(min) || !Double.isFinite(mode) || !Double.isFinite(max) || !(min <= mode && mode <= max)
                    || !(min < max)) {
                throw new IllegalArgumentException("triangular needs finite min ≤ mode ≤ max with min < max (got "
                        + min + ", " + mode + ", " + max + ")");
            }
        }

        @Override
        public double quantile(double probability) {
            double width = max - min;
            double modeShare = (mode - min) / width;
            if (probability < modeShare) {
                return min + Math.sqrt(probability * width * (mode - min));
            }
            return max - Math.sqrt((1.0 - probability) * width * (max - mode));
        }
    }

    /**
     * Normal with mean and standard deviation, truncated to [min, max] (either may be infinite); drawn by the
     * inverse CDF restricted to the window, so a draw never falls outside it.
     */
    record Normal(double mean, double sd, double min, double max) implements Distribution {

        public Normal {
            if (!Double.isFinite(mean) || !Double.isFinite(sd) || !(sd > 0) || Double.isNaN(min) || Double.isNaN(max)
                    || !(min <= mean && mean <= max) || !(min < max)) {
                throw new IllegalArgumentException("normal needs a finite mean inside [min, max] and sd > 0 (got mean "
                        + mean + ", sd " + sd + ", min " + min + ", max " + max + ")");
            }
        }

        @Override
        public double quantile(double probability) {
            double below = StandardNormal.cdf((min - mean) / sd);
            double inside = StandardNormal.cdf((max - mean) / sd) - below;
            double x = mean + sd * StandardNormal.inverseCdf(below + probability * inside);
            return Math.max(min, Math.min(max, x));
        }
    }

    /** Lognormal: median × exp(sigma × Z), Z standard normal; sigma is the standard deviation of ln(value). */
    record LogNormal(double median, double sigma) implements Distribution {

        public LogNormal {
            if (!Double.isFinite(median) || !(median > 0) || !Double.isFinite(sigma) || !(sigma >= 0)) {
                throw new IllegalArgumentException("lognormal needs a finite median > 0 and sigma ≥ 0 (got " + median
                        + ", " + sigma + ")");
            }
        }

        @Override
        public double quantile(double probability) {
            return median * Math.exp(sigma * StandardNormal.inverseCdf(probability));
        }
    }
}
