package dev.edgeplan.core.facility.availability;

/**
 * Probability that at least {@code needed} of {@code units} standby gensets start and run through an outage of
 * {@code hours}, no repair during the outage (NREL REopt backup_reliability: per-unit success =
 * OA × (1 − FTS) × (1 − 1/MTTF)^hours, hourly failure probability 1/MTTF; then k-of-n).
 */
public final class GensetSurvival {

    private GensetSurvival() {
    }

    public static double unitSurvival(double hours, double operationalAvailability, double failToStart, double mttfH) {
        return operationalAvailability * (1.0 - failToStart) * Math.pow(1.0 - 1.0 / mttfH, hours);
    }

    public static double probability(int units, int needed, double hours, double operationalAvailability,
                                     double failToStart, double mttfH) {
        return Rbd.kOfN(needed, units, unitSurvival(hours, operationalAvailability, failToStart, mttfH));
    }

    /** With the REopt.jl defaults. */
    public static double probability(int units, int needed, double hours) {
        return probability(units, needed, hours, ReliabilityDefaults.GENSET_OPERATIONAL_AVAILABILITY,
                ReliabilityDefaults.GENSET_FAIL_TO_START, ReliabilityDefaults.GENSET_MTTF_RUNNING_H);
    }
}
