package dev.edgeplan.core.location;

/**
 * How hard to try.
 *
 * @param timeLimitSeconds wall-clock budget; the best solution and bound so far are returned when it runs out
 * @param mode             exact branch and bound, the heuristic path (local search + Lagrangian bound), or a choice by size
 */
public record SolveOptions(double timeLimitSeconds, Mode mode) {

    /** Relative gap below which a non-integral objective counts as proven: 1e-9 is far below any input's precision. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    /** Above this many client × facility pairs AUTO takes the heuristic path (a dense 2 000 × 2 000 still branches). */
    public static final long AUTO_EXACT_MAX_PAIRS = 4_000_000L;

    public enum Mode { AUTO, EXACT, HEURISTIC }

    public SolveOptions {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be > 0 s, got " + timeLimitSeconds);
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
    }

    public static SolveOptions withTimeLimit(double seconds) {
        return new SolveOptions(seconds, Mode.AUTO);
    }

    boolean exactFor(long pairs) {
        return mode == Mode.EXACT || mode == Mode.AUTO && pairs <= AUTO_EXACT_MAX_PAIRS;
    }
}
