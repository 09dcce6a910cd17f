package dev.edgeplan.core.finance.capex;

/**
 * Capex constants with their sources (shared/research/facility.md §2.10; docs/finance.md).
 */
public final class CapexDefaults {

    private CapexDefaults() {
    }

    /** Cost breakdown of the Cushman &amp; Wakefield Data Center Development Cost Guide 2025 [V], whose US average is
     *  {@code ScenarioDefaults.CAPEX_USD_PER_MW_IT}; shares summing to 1. */
    public static final double CRITICAL_CAPACITY_SHARE = 0.53;
    public static final double SHELL_SHARE = 0.21;
    public static final double SITE_SHARE = 0.10;
    public static final double WHITE_SPACE_SHARE = 0.10;
    public static final double BACK_OF_HOUSE_SHARE = 0.04;
    public static final double OFFICE_SHARE = 0.02;

    /** Design, permits and other soft costs: 8–15 % of construction [R]; midpoint. */
    public static final double SOFT_COST_PCT = 11.5;

    /** Owner contingency: 5–10 % [R]; midpoint. */
    public static final double CONTINGENCY_PCT = 7.5;

    /** Land, weighted US average through Oct 2024: $244k per acre (Cushman &amp; Wakefield 2025 [V]). */
    public static final double LAND_USD_PER_ACRE = 244_000.0;

    /** No primary public benchmark for 1–5 MW builds was found (research §4): 1 unless the scenario says otherwise. */
    public static final double SCALE_MULTIPLIER = 1.0;
}
