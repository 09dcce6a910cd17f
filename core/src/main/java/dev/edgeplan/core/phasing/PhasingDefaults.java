package dev.edgeplan.core.phasing;

/** Phasing constants with their sources (shared/research/facility.md §2.14; docs/phasing.md). */
public final class PhasingDefaults {

    private PhasingDefaults() {
    }

    /** IT capacity added per block: the 500 kW–1 MW range, lower end so phases track demand closely. */
    public static final double BLOCK_IT_MW = 0.5;

    /** Build the next block when load projected one lead time ahead passes this share of capacity built or under way. */
    public static final double TRIGGER_UTILIZATION_PCT = 80.0;

    /** The site's power is taken as available (sites.candidates[].power_available_mw); set when it is not. */
    public static final double GRID_MONTHS = 0.0;

    /** Edge 1–5 MW facilities take 8–12 months in total with 5–8 months of construction (cortexconstruct.com [S]):
     *  12 − 8 = 4 months before construction. */
    public static final double PERMITTING_MONTHS = 4.0;

    /** Construction of an edge 1–5 MW facility: 5–8 months (cortexconstruct.com [S]); upper-middle 7. */
    public static final double CONSTRUCTION_MONTHS = 7.0;

    /** Switchgear lead time 46–48 weeks (Cushman &amp; Wakefield 2025 [V]): 47 weeks ≈ 10.8 months. */
    public static final double SWITCHGEAR_LEAD_MONTHS = 10.8;

    /** A later block waits on UPS (28–36 wk), generators (30–38 wk) and chillers (30–40 wk) (Cushman &amp; Wakefield
     *  2025 [V]); the slowest midpoint, 35 weeks ≈ 8.0 months. */
    public static final double EXPANSION_LEAD_MONTHS = 8.0;

    /** Size classes of cortexconstruct.com [S]: edge 1–5 MW 8–12 months in total, mid 5–15 MW 12–18, hyperscale
     *  buildings 20–30 months; midpoints for the two larger classes. */
    public static final double EDGE_MAX_IT_MW = 5.0;
    public static final double MID_MAX_IT_MW = 15.0;
    public static final double MID_TOTAL_MONTHS = 15.0;
    public static final double LARGE_TOTAL_MONTHS = 25.0;

    public static final int MONTHS_PER_YEAR = 12;
}
