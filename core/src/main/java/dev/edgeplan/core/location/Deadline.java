package dev.edgeplan.core.location;

/** A wall-clock budget started at construction. */
final class Deadline {

    private static final double NANOS_PER_SECOND = 1e9;

    private final long startNanos = System.nanoTime();
    private final long endNanos;

    Deadline(double seconds) {
        endNanos = startNanos + (long) Math.min(seconds * NANOS_PER_SECOND, Long.MAX_VALUE / 2.0);
    }

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    /** A budget of at most {@code seconds} from now that also ends no later than this one. */
    Deadline slice(double seconds) {
        return new Deadline(Math.min(endNanos, System.nanoTime() + (long) (seconds * NANOS_PER_SECOND)));
    }

    boolean expired() {
        return System.nanoTime() >= endNanos;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / NANOS_PER_SECOND;
    }
}
