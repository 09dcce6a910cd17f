package dev.edgeplan.core.finance.revenue;

/** Price defaults with their sources (shared/research/facility.md §2.12; docs/finance.md). */
public final class RevenueDefaults {

    private RevenueDefaults() {
    }

    /** H100 rental used by acnewkirk's analysis config [V as assumption]; SemiAnalysis 1-year index $2.35 (Mar 2026). */
    public static final double USD_PER_GPU_HOUR = 2.40;

    /** Reserved capacity: the tenant pays for every accelerator hour serving its demand. */
    public static final double GPU_HOURS_SOLD_PCT = 100.0;

    /** IT equipment is refreshed on book life: GPUs/servers 4–6 years even with a 12–18-month product cadence
     *  (research §2.13 [R]); midpoint. */
    public static final int IT_REFRESH_YEARS = 5;
}
