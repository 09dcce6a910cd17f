package dev.edgeplan.core.facility.availability;

import dev.edgeplan.core.scenario.Redundancy;

/**
 * Uptime Institute Tiers with the site availabilities quoted in Turner, Seader, Renaud &amp; Brill, "Tier
 * Classifications Define Site Infrastructure Performance" (Uptime white paper). They are observed site figures,
 * not design targets, and Uptime states that component counts or MTBF analysis play no role in a Tier rating:
 * edgeplan's mapping is "Tier-like" only.
 */
public enum UptimeTier {
    I("I", "single path, N", 0.99671, 28.8),
    II("II", "single path, N+1 components", 0.99741, 22.0),
    III("III", "concurrently maintainable: N+1 with an alternate path", 0.99982, 1.6),
    IV("IV", "fault tolerant: two active paths, each N+1 at least", 0.99995, 0.4);

    public static final String CAVEAT = "Tier-like by topology only; Uptime Tiers are certified on the built site, "
            + "their availabilities are observed figures, and MTBF analysis plays no role in a Tier rating";

    private final String key;
    private final String topology;
    private final double quotedAvailability;
    private final double quotedDowntimeH;

    UptimeTier(String key, String topology, double quotedAvailability, double quotedDowntimeH) {
        this.key = key;
        this.topology = topology;
        this.quotedAvailability = quotedAvailability;
        this.quotedDowntimeH = quotedDowntimeH;
    }

    public String key() {
        return key;
    }

    public String topology() {
        return topology;
    }

    public double quotedAvailability() {
        return quotedAvailability;
    }

    /** Downtime the white paper prints (Tier II's 22.0 h does not match its 99.741 %, which gives 22.7 h). */
    public double quotedDowntimeH() {
        return quotedDowntimeH;
    }

    public double impliedDowntimeH() {
        return Rbd.downtimeHPerYear(quotedAvailability);
    }

    /**
     * Tier-like class of a topology: N → I, N+1 → II, 2N → III (two paths), 2(N+1) → IV; distributed k-of-n blocks
     * → III (several active paths, any block can be taken out for maintenance; no spare inside a block).
     */
    public static UptimeTier like(Redundancy topology) {
        return switch (topology) {
            case N -> I;
            case N_PLUS_1 -> II;
            case TWO_N -> III;
            case TWO_N_PLUS_1 -> IV;
            case DISTRIBUTED -> III;
        };
    }
}
