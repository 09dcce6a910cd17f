package dev.edgeplan.core.scenario;

import dev.edgeplan.core.finance.opex.OpexDefaults;

/**
 * Defaults for every optional scenario field, each with its public source. The scenario reader
 * fills these in; docs/scenario.md lists the same values.
 */
public final class ScenarioDefaults {

    private ScenarioDefaults() {
    }

    public static final int HORIZON_YEARS = 10;
    public static final long SEED = 1L;

    /**
     * Design-hour peak ÷ daily mean request rate. 1.54 = 60-s peak/mean of the Azure LLM
     * conversation trace 2023 (AzurePublicDataset AzureLLMInferenceTrace_conv, computed in
     * shared/research/inference-sizing.md anchor A23).
     */
    public static final double PEAK_TO_AVERAGE = 1.54;

    public static final double ANNUAL_GROWTH_PCT = 0.0;
    public static final double SERVICE_TIME_MS = 0.0;
    public static final AccessType ACCESS = AccessType.FIBER;

    /**
     * Highest sustained utilization planned for: ρ_max 0.8 suggested in
     * shared/research/inference-sizing.md §4.2 (headroom for bursts above the design hour).
     */
    public static final double TARGET_UTILIZATION_PCT = 80.0;

    /**
     * Share of vendor-tuned MLPerf throughput reached in production: 0.7 suggested (range 0.5–1.0)
     * in shared/research/inference-sizing.md §4.2; software vintage alone moved 8×H100 by 44 % in a
     * year (MLPerf v4.0 → v5.0, anchor A5).
     */
    public static final double SOFTWARE_EFFICIENCY_PCT = 70.0;

    public static final Redundancy REDUNDANCY = Redundancy.N_PLUS_1;

    /** MLPerf Inference reports latency limits at the 99th percentile (every LLM Server/Interactive log). */
    public static final double SLO_PERCENTILE = 99.0;

    /**
     * Ca² = 1.19: inter-arrival CV 1.09 of the Azure LLM inference trace 2023, conversation
     * (≈ Poisson; shared/research/inference-sizing.md anchor A23). Code completion is far burstier (Ca² ≈ 173).
     */
    public static final double ARRIVAL_CV2 = 1.19;

    /** Cs² = 0.60: CV² of output length in the same conversation trace (anchor A23). */
    public static final double SERVICE_CV2 = 0.60;

    /** One spare replica per workload pool per site: N+1 (shared/research/inference-sizing.md §4.5). */
    public static final int SPARE_REPLICAS = 1;

    /** Rack density limit: seed article's inference racks are 20–40 kW; 40 kW is the top of that band. */
    public static final double MAX_KW_PER_RACK = 40.0;

    /**
     * Plain air cooling up to 20 kW/rack, air with containment or rear-door HX to 35 kW, direct-to-chip
     * above: shared/research/facility.md §2.6 (Uptime density survey; Schneider "typical rack ~30 kW";
     * seed article: air tops out near 30 kW).
     */
    public static final double AIR_MAX_KW_PER_RACK = 20.0;
    public static final double CONTAINMENT_MAX_KW_PER_RACK = 35.0;

    /**
     * US average construction cost per MW of critical load, 19 markets: Cushman &amp; Wakefield Data
     * Center Development Cost Guide 2025 (excludes land, soft costs, owner-furnished equipment).
     */
    public static final double CAPEX_USD_PER_MW_IT = 11_700_000.0;

    /** US AI / liquid-cooled construction premium 7–10 %: Turner &amp; Townsend DC Cost Index 2025–26; midpoint. */
    public static final double LIQUID_COOLING_PREMIUM_PCT = 8.5;

    /** US industrial average electricity price 2023, 8.06 ¢/kWh: EIA Electric Power Annual 2023. */
    public static final double POWER_PRICE_USD_PER_KWH = 0.0806;

    /** Discount rate 7 %: acnewkirk/AI-Datacenter-Microgrid-Analysis config (shared/research/facility.md §2.13). */
    public static final double DISCOUNT_RATE_PCT = 7.0;

    /**
     * CBRE North America wholesale colocation asking rate, 250–500 kW N+1/Tier III, H2 2024:
     * $184.06 per kW-month (shared/research/facility.md §2.12).
     */
    public static final double REVENUE_USD_PER_KW_MONTH = 184.06;

    /** M&amp;E maintenance as a share of construction capex: see {@link OpexDefaults#MAINTENANCE_PCT_OF_CAPEX_PER_YEAR}. */
    public static final double MAINTENANCE_PCT_OF_CAPEX_PER_YEAR = OpexDefaults.MAINTENANCE_PCT_OF_CAPEX_PER_YEAR;

    /** Construction cost index of a site relative to the US average. */
    public static final double BUILD_COST_INDEX = 1.0;

    /**
     * Power assumed available at a candidate generated from a city: 5 MW, the top of the 1–5 MW edge
     * facility class (shared/research/facility.md: edge 1–5 MW builds take 8–12 months, mid-size 5–15 MW
     * 12–18). A placeholder until a utility confirms capacity; give real sites as candidates.
     */
    public static final double GENERATED_SITE_POWER_MW = 5.0;

    /** Siting solver budget: OR-Library instances of edge size prove optimal in well under this (docs/benchmarks.md). */
    public static final double SITING_TIME_LIMIT_S = 10.0;

    /** Calendar year of plan year 0 when the scenario gives none: the year this release was made. */
    public static final int START_YEAR = 2026;

    /**
     * Least perf-per-watt gain worth a refresh under the {@code perf_per_watt_gain} trigger: 50 % [A], under half a
     * generation step: H200 → B200 on Llama-2-70B Server is 4,134 → 12,390 tok/s per GPU (MLPerf v5.0 / v5.1,
     * docs/capacity.md) at 700 → 1,000 W, +110 % per watt.
     */
    public static final double REFRESH_MIN_GAIN_PCT = 50.0;
}
