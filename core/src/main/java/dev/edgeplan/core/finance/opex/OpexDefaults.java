package dev.edgeplan.core.finance.opex;

/** Operating-cost constants with their sources (shared/research/facility.md §2.11; docs/finance.md). */
public final class OpexDefaults {

    private OpexDefaults() {
    }

    /** M&amp;E service contracts: ~2–4 % of M&amp;E capex per year [R]; M&amp;E is ≈70 % of construction (Uptime via
     *  intermedia.com [V]); 3 % × 0.70 ≈ 2.1 % of construction capex. */
    public static final double MAINTENANCE_PCT_OF_CAPEX_PER_YEAR = 2.1;

    /** Insurance and property tax: ~1–2 % of asset value per year combined [R]; midpoint. */
    public static final double INSURANCE_TAX_PCT_OF_CAPEX_PER_YEAR = 1.5;

    /** Median data-center technician pay $75,100 (CompTIA, 2024, as reported by the Wall Street Journal /
     *  livemint.com 2024-08) ÷ 0.70, the wage share of total compensation in US private industry (BLS Employer
     *  Costs for Employee Compensation [R]) ≈ $107,300 loaded cost per FTE. */
    public static final double USD_PER_FTE_YEAR = 107_300.0;

    /** One post staffed around the clock: 8,760 h ÷ 2,080 paid hours per FTE-year (no leave, a lower bound). */
    public static final double FTE_PER_24X7_POST = 8_760.0 / 2_080.0;

    /** A remotely managed edge site: one technician dispatched as needed, counted as one FTE [A] (assumption). */
    public static final double FTE_REMOTE_SITE = 1.0;
}
