package dev.edgeplan.core.facility.power;

/**
 * Usable capacity of a power feed, NetBox's formula (netbox-community/netbox PowerFeed.available_power):
 * VA = V × A × max_utilization % (× √3 for three-phase, V line to line), power factor taken as 1.
 */
public final class FeedCapacity {

    /** Continuous-load rule: feeds loaded to 80 % (NEC; NetBox's default max_utilization). */
    public static final double DEFAULT_MAX_UTILIZATION_PCT = 80.0;

    private FeedCapacity() {
    }

    public static double availableVa(double volts, double amps, boolean threePhase, double maxUtilizationPct) {
        double va = volts * amps * maxUtilizationPct / 100.0;
        return threePhase ? va * Math.sqrt(3.0) : va;
    }

    /** Line current, A, of a three-phase load of {@code kva} at {@code volts} line to line. */
    public static double threePhaseAmps(double kva, double volts) {
        return kva * 1000.0 / (Math.sqrt(3.0) * volts);
    }
}
