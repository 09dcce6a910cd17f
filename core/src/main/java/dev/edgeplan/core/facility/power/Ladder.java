package dev.edgeplan.core.facility.power;

/** Unit sizing on a ladder of standard ratings. */
public final class Ladder {

    /** Load fits in at most this many units per path (Emerson/Vertiv "When does N+1 become too many +1"). */
    public static final int MAX_UNITS_PER_PATH = 3;

    private Ladder() {
    }

    /** Smallest rating that carries the load in at most MAX_UNITS_PER_PATH units (else the largest). */
    public static double unitSize(double load, double[] ladder) {
        for (double size : ladder) {
            if (unitsNeeded(load, size) <= MAX_UNITS_PER_PATH) {
                return size;
            }
        }
        return ladder[ladder.length - 1];
    }

    /** Smallest rating at least {@code load} (else the largest). */
    public static double atLeast(double load, double[] ladder) {
        for (double size : ladder) {
            if (size >= load - 1e-9) {
                return size;
            }
        }
        return ladder[ladder.length - 1];
    }

    public static int unitsNeeded(double load, double unit) {
        return load <= 0 ? 0 : (int) Math.ceil(load / unit - 1e-9);
    }
}
