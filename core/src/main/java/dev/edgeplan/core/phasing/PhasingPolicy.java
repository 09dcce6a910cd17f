package dev.edgeplan.core.phasing;

/**
 * How a site's IT capacity is built over time.
 *
 * @param strategy               phased blocks, or all design capacity in one phase
 * @param blockItKw              IT capacity per block, kW
 * @param triggerUtilizationPct  next block when load one lead time ahead exceeds this share of capacity built or under way
 * @param leadTimes              months from decision to load, per step
 * @param commissioning          on-site commissioning months of a phase, after its lead time
 */
public record PhasingPolicy(Strategy strategy, double blockItKw, double triggerUtilizationPct, LeadTimes leadTimes,
                            CommissioningTime commissioning) {

    public enum Strategy {
        PHASED("phased"), ALL_AT_ONCE("all_at_once");

        private final String key;

        Strategy(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A policy whose phases need no commissioning time beyond their lead times. */
    public PhasingPolicy(Strategy strategy, double blockItKw, double triggerUtilizationPct, LeadTimes leadTimes) {
        this(strategy, blockItKw, triggerUtilizationPct, leadTimes, CommissioningTime.NONE);
    }

    public PhasingPolicy {
        java.util.Objects.requireNonNull(commissioning, "commissioning");
        if (!(blockItKw > 0) || Double.isInfinite(blockItKw)) {
            throw new IllegalArgumentException("block IT kW must be finite and > 0, got " + blockItKw);
        }
        if (!(triggerUtilizationPct > 0 && triggerUtilizationPct <= 100)) {
            throw new IllegalArgumentException("trigger utilization must be in (0, 100] %, got " + triggerUtilizationPct);
        }
    }

    public static PhasingPolicy defaults() {
        return new PhasingPolicy(Strategy.PHASED, PhasingDefaults.BLOCK_IT_MW * 1000.0, PhasingDefaults.TRIGGER_UTILIZATION_PCT,
                LeadTimes.defaults());
    }

    public PhasingPolicy withStrategy(Strategy other) {
        return new PhasingPolicy(other, blockItKw, triggerUtilizationPct, leadTimes, commissioning);
    }

    public PhasingPolicy withLeadTimes(LeadTimes other) {
        return new PhasingPolicy(strategy, blockItKw, triggerUtilizationPct, other, commissioning);
    }

    public PhasingPolicy withCommissioning(CommissioningTime other) {
        return new PhasingPolicy(strategy, blockItKw, triggerUtilizationPct, leadTimes, other);
    }
}
