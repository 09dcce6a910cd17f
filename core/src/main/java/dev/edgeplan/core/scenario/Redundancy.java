package dev.edgeplan.core.scenario;

/** Power-chain redundancy topology (Uptime / TIA-942 vocabulary; 2(N+1) = two independent N+1 systems). */
public enum Redundancy {
    N("N"),
    N_PLUS_1("N+1"),
    TWO_N("2N"),
    TWO_N_PLUS_1("2(N+1)");

    private final String key;

    Redundancy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Units installed when {@code needed} units carry the load. */
    public int installedUnits(int needed) {
        if (needed <= 0) {
            return 0;
        }
        return switch (this) {
            case N -> needed;
            case N_PLUS_1 -> needed + 1;
            case TWO_N -> 2 * needed;
            case TWO_N_PLUS_1 -> 2 * (needed + 1);
        };
    }
}
