package dev.edgeplan.core.location;

/** The best solution found so far: its open set and objective. */
final class Incumbent {

    private final boolean integral;
    double value = Double.POSITIVE_INFINITY;
    boolean[] open;

    Incumbent(boolean integral) {
        this.integral = integral;
    }

    /**
     * Only solutions below {@code value} are of interest from now on (a feasibility question such as "is there
     * a cover with nothing left uncovered"); the open set stays as it was until a better one arrives.
     */
    void cutoff(double bound) {
        value = Math.min(value, bound);
    }

    /** Keeps {@code candidate} if it is better; returns whether it was. */
    boolean offer(boolean[] candidate, double candidateValue) {
        if (candidateValue < value) {
            value = candidateValue;
            open = candidate.clone();
            return true;
        }
        return false;
    }

    /**
     * A node whose bound reaches this value cannot hold a better solution: with whole-number costs any
     * better solution is at least 1 lower; otherwise better means lower by more than the relative tolerance.
     */
    double pruneAt() {
        if (integral) {
            return value - 1 + INTEGRAL_SLACK;
        }
        return value - SolveOptions.RELATIVE_TOLERANCE * Math.abs(value);
    }

    /** Bounds within this of the next whole number are rounded up: floating sums of whole costs drift by far less. */
    private static final double INTEGRAL_SLACK = 1e-6;

    /** The proven lower bound implied by a relaxation value. */
    double roundBound(double lb) {
        return integral ? Math.ceil(lb - INTEGRAL_SLACK) : lb;
    }

    int[] openIndices() {
        int count = 0;
        for (boolean b : open) {
            count += b ? 1 : 0;
        }
        int[] result = new int[count];
        int k = 0;
        for (int j = 0; j < open.length; j++) {
            if (open[j]) {
                result[k++] = j;
            }
        }
        return result;
    }
}
