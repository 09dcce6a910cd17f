package dev.edgeplan.io.scenario;

import java.math.BigDecimal;

/**
 * Allowed interval of a number (or of a list's length); {@code null} bound = unbounded.
 * The JSON Schema's minimum / exclusiveMinimum / maximum / exclusiveMaximum must say the same.
 */
record Range(Double min, boolean minExclusive, Double max, boolean maxExclusive) {

    static final Range ANY = new Range(null, false, null, false);

    static Range atLeast(double min) {
        return new Range(min, false, null, false);
    }

    static Range above(double min) {
        return new Range(min, true, null, false);
    }

    static Range between(double min, double max) {
        return new Range(min, false, max, false);
    }

    /** (min, max]: e.g. a percentage that must be positive. */
    static Range aboveUpTo(double min, double max) {
        return new Range(min, true, max, false);
    }

    /** [min, max). */
    static Range fromBelow(double min, double max) {
        return new Range(min, false, max, true);
    }

    boolean contains(double v) {
        boolean lowOk = min == null || (minExclusive ? v > min : v >= min);
        boolean highOk = max == null || (maxExclusive ? v < max : v <= max);
        return lowOk && highOk;
    }

    boolean isAny() {
        return min == null && max == null;
    }

    /** "between 1 and 50", "> 0", ">= 0 and < 100", "equal to 1"; empty when unbounded. */
    String describe() {
        if (isAny()) {
            return "";
        }
        if (min != null && max != null && min.equals(max)) {
            return "equal to " + show(min);
        }
        if (min != null && max != null && !minExclusive && !maxExclusive) {
            return "between " + show(min) + " and " + show(max);
        }
        String low = min == null ? "" : (minExclusive ? "> " : ">= ") + show(min);
        String high = max == null ? "" : (maxExclusive ? "< " : "<= ") + show(max);
        return low.isEmpty() ? high : high.isEmpty() ? low : low + " and " + high;
    }

    static String show(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
