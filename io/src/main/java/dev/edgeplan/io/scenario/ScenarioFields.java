package dev.edgeplan.io.scenario;

import dev.edgeplan.core.finance.Drivers;
import dev.edgeplan.core.finance.PlanRisk;
import dev.edgeplan.core.finance.capex.CapexDefaults;
import dev.edgeplan.core.finance.opex.OpexDefaults;
import dev.edgeplan.core.finance.revenue.RevenueDefaults;
import dev.edgeplan.core.finance.revenue.RevenueModel;
import dev.edgeplan.core.lifecycle.RefreshPolicy;
import dev.edgeplan.core.network.LatencyDefaults;
import dev.edgeplan.core.phasing.PhasingDefaults;
import dev.edgeplan.core.phasing.PhasingPolicy;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.Distributed;
import dev.edgeplan.core.scenario.CostTerms;
import dev.edgeplan.core.scenario.HeatRejection;
import dev.edgeplan.core.scenario.LatencyPercentile;
import dev.edgeplan.core.scenario.ScenarioDefaults;
import dev.edgeplan.core.scenario.Serving;
import dev.edgeplan.core.scenario.SitingPolicy;
import dev.edgeplan.core.scenario.WorkloadKind;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.edgeplan.io.scenario.Field.Type.ENUM;
import static dev.edgeplan.io.scenario.Field.Type.INTEGER;
import static dev.edgeplan.io.scenario.Field.Type.NUMBER;
import static dev.edgeplan.io.scenario.Field.Type.NUMBER_MAP;
import static dev.edgeplan.io.scenario.Field.Type.OBJECT;
import static dev.edgeplan.io.scenario.Field.Type.OBJECT_LIST;
import static dev.edgeplan.io.scenario.Field.Type.STRING;
import static dev.edgeplan.io.scenario.Field.Type.STRING_LIST;

/**
 * Scenario format v1: every key of every mapping, declared once. docs/scenario.md and
 * schema/scenario-v1.schema.json describe the same table (tests check the schema against it).
 */
final class ScenarioFields {

    private ScenarioFields() {
    }

    static final int SCHEMA_VERSION = 1;
    static final String WORKLOAD_ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$";
    static final String COUNTRY_PATTERN = "^[A-Z]{2}$";
    /** Largest NVLink domain in the catalog (GB200/GB300 NVL72). */
    static final int MAX_TENSOR_PARALLEL = 72;
    static final int MAX_SPARE_REPLICAS = 16;
    /** A million draws of a cheap model take seconds; more adds nothing to a P10/P90 estimate. */
    static final int MAX_RISK_DRAWS = 1_000_000;

    static final String ACCESS_KEYS = String.join(", ", keys(AccessType.values(), AccessType::key));

    private static final Range LAT = Range.between(-90, 90);
    private static final Range LON = Range.between(-180, 180);
    private static final Range POSITIVE = Range.above(0);
    private static final Range NON_NEGATIVE = Range.atLeast(0);
    private static final Range PERCENT = Range.between(0, 100);
    private static final Range POSITIVE_PERCENT = Range.aboveUpTo(0, 100);

    static final ObjectSpec WORKLOAD = ObjectSpec.of("workload",
            Field.of("id", STRING, "unique key, referenced from demand.share_pct and per-point rates")
                    .mandatory().pattern(WORKLOAD_ID_PATTERN),
            Field.of("model", STRING, "catalog model id").mandatory(),
            Field.of("kind", ENUM, "workload kind; must equal the model's kind")
                    .allowed(keys(WorkloadKind.values(), WorkloadKind::key)).byDefault("the model's kind"),
            Field.of("input_tokens_per_request", INTEGER, "mean prompt length (llm only)")
                    .range(Range.between(1, Integer.MAX_VALUE)).unit("tokens").byDefault("the model's default"),
            Field.of("output_tokens_per_request", INTEGER, "mean generated tokens per request (llm only)")
                    .range(Range.between(1, Integer.MAX_VALUE)).unit("tokens").byDefault("the model's default"),
            Field.of("requests_per_user_per_day", NUMBER, "average requests per user per day (needs demand.share_pct)")
                    .range(POSITIVE).unit("requests/user/day"),
            Field.of("requests_per_s", NUMBER, "absolute average rate over all demand, spread by population")
                    .range(POSITIVE).unit("requests/s"),
            Field.of("peak_to_average", NUMBER, "design-hour peak rate / daily mean rate")
                    .range(Range.atLeast(1)).unit("ratio")
                    .byDefault(ScenarioDefaults.PEAK_TO_AVERAGE, "1.54 (ScenarioDefaults.PEAK_TO_AVERAGE)"),
            Field.of("annual_growth_pct", NUMBER, "compound growth of the request rate per year")
                    .range(Range.aboveUpTo(-100, 1000)).unit("%/year")
                    .byDefault(ScenarioDefaults.ANNUAL_GROWTH_PCT, "0"),
            Field.of("latency_slo_ms", NUMBER, "round-trip latency target from user to answer")
                    .mandatory().range(POSITIVE).unit("ms"),
            Field.of("service_time_ms", NUMBER, "part of the SLO spent inside the site; < latency_slo_ms")
                    .range(NON_NEGATIVE).unit("ms").byDefault(ScenarioDefaults.SERVICE_TIME_MS, "0"),
            Field.of("access", ENUM, "the users' access network")
                    .allowed(keys(AccessType.values(), AccessType::key))
                    .byDefault(ScenarioDefaults.ACCESS.key(), ScenarioDefaults.ACCESS.key()),
            Field.of("ttft_ms", NUMBER, "time-to-first-token limit at slo_percentile (llm, online only)")
                    .range(POSITIVE).unit("ms")
                    .byDefault("the model's serverTtftMs: its MLPerf Server p99 limit in the catalog (0 = no limit)"),
            Field.of("tpot_ms", NUMBER, "time-per-output-token limit at slo_percentile (llm, online only)")
                    .range(POSITIVE).unit("ms")
                    .byDefault("the model's serverTpotMs: its MLPerf Server p99 limit in the catalog (0 = no limit)"),
            Field.of("slo_percentile", NUMBER, "percentile at which the latency limits hold")
                    .range(Range.between(50, 99.99)).unit("percentile")
                    .byDefault(ScenarioDefaults.SLO_PERCENTILE, "99 (ScenarioDefaults.SLO_PERCENTILE)"),
            Field.of("arrival_cv2", NUMBER, "squared coefficient of variation of inter-arrival times, Ca² (1 = Poisson)")
                    .range(NON_NEGATIVE).unit("ratio")
                    .byDefault(ScenarioDefaults.ARRIVAL_CV2, "1.19 (ScenarioDefaults.ARRIVAL_CV2)"),
            Field.of("service_cv2", NUMBER, "squared coefficient of variation of service times, Cs²")
                    .range(NON_NEGATIVE).unit("ratio")
                    .byDefault(ScenarioDefaults.SERVICE_CV2, "0.60 (ScenarioDefaults.SERVICE_CV2)"),
            Field.of("serving", ENUM, "online = under latency limits (MLPerf Server); offline = maximum-throughput "
                            + "batches without latency limits (MLPerf Offline)")
                    .allowed(keys(Serving.values(), Serving::key))
                    .byDefault(Serving.ONLINE.key(), Serving.ONLINE.key()),
            Field.of("tensor_parallel", INTEGER, "accelerators per model replica")
                    .range(Range.between(1, MAX_TENSOR_PARALLEL)).unit("accelerators")
                    .byDefault("auto: the fewest accelerators whose memory holds the weights"),
            Field.of("spare_replicas", INTEGER, "replicas added per site on top of those the load needs (N+k)")
                    .range(Range.between(0, MAX_SPARE_REPLICAS)).unit("replicas/site")
                    .byDefault((long) ScenarioDefaults.SPARE_REPLICAS, "1 (ScenarioDefaults.SPARE_REPLICAS): N+1"));

    static final ObjectSpec CIRCLE = ObjectSpec.of("circle",
            Field.of("lat", NUMBER, "latitude of the centre").mandatory().range(LAT).unit("degrees"),
            Field.of("lon", NUMBER, "longitude of the centre").mandatory().range(LON).unit("degrees"),
            Field.of("radius_km", NUMBER, "radius").mandatory().range(POSITIVE).unit("km"));

    private static final Field COUNTRIES = Field.of("countries", STRING_LIST, "ISO 3166-1 alpha-2 codes; empty = all")
            .pattern(COUNTRY_PATTERN).byDefault(List.of(), "[] (all)");
    private static final Field REGIONS = Field.of("regions", STRING_LIST,
            "first-level subdivisions (state, province) by name; empty = all").byDefault(List.of(), "[] (all)");
    private static final Field WITHIN = Field.of("within", OBJECT, "circle the city must lie in").object(CIRCLE);

    static final ObjectSpec CITIES = ObjectSpec.of("cities",
            COUNTRIES,
            REGIONS,
            Field.of("min_population", INTEGER, "smallest city kept")
                    .range(NON_NEGATIVE).unit("people").byDefault(0L, "0"),
            WITHIN,
            Field.of("grid_km", NUMBER, "aggregate the kept cities into cells of about this size, one demand point "
                    + "per cell at its population-weighted centroid").range(POSITIVE).unit("km"));

    static final ObjectSpec FROM_CITIES = ObjectSpec.of("candidates from cities",
            COUNTRIES,
            REGIONS,
            Field.of("min_population", INTEGER, "smallest city that becomes a candidate")
                    .mandatory().range(NON_NEGATIVE).unit("people"),
            WITHIN,
            Field.of("grid_km", NUMBER, "one candidate per cell of about this size, at its largest city")
                    .range(POSITIVE).unit("km"),
            Field.of("power_available_mw", NUMBER, "utility power assumed deliverable at each generated site")
                    .range(POSITIVE).unit("MW")
                    .byDefault(ScenarioDefaults.GENERATED_SITE_POWER_MW,
                            "5 (ScenarioDefaults.GENERATED_SITE_POWER_MW)"),
            Field.of("power_price_usd_per_kwh", NUMBER, "electricity price at each generated site")
                    .range(POSITIVE).unit("USD/kWh").byDefault("finance.default_power_price_usd_per_kwh"),
            Field.of("build_cost_index", NUMBER, "construction cost relative to the US average")
                    .range(POSITIVE).unit("ratio")
                    .byDefault(ScenarioDefaults.BUILD_COST_INDEX, "1.0 (ScenarioDefaults.BUILD_COST_INDEX)"),
            Field.of("processing_ms", NUMBER, "time inside each generated site added to every round trip")
                    .range(NON_NEGATIVE).unit("ms").byDefault(0.0, "0"));

    static final ObjectSpec POINT = ObjectSpec.of("demand point",
            Field.of("id", STRING, "unique among inline and CSV points").mandatory(),
            Field.of("name", STRING, "display name").byDefault("the id"),
            Field.of("lat", NUMBER, "latitude").mandatory().range(LAT).unit("degrees"),
            Field.of("lon", NUMBER, "longitude").mandatory().range(LON).unit("degrees"),
            Field.of("population", NUMBER, "people at this point").range(NON_NEGATIVE).unit("people")
                    .byDefault(0.0, "0"),
            Field.of("requests_per_s", NUMBER_MAP, "average rate per workload id at this point")
                    .range(NON_NEGATIVE).unit("requests/s"));

    static final ObjectSpec DEMAND = ObjectSpec.of("demand",
            Field.of("cities", OBJECT, "filter over the bundled world cities").object(CITIES),
            Field.of("points", OBJECT_LIST, "inline demand points").object(POINT),
            Field.of("csv", STRING, "demand-point CSV, relative to the scenario file"),
            Field.of("share_pct", NUMBER_MAP, "per workload id, share of population using it")
                    .range(PERCENT).unit("%"));

    static final ObjectSpec CANDIDATE = ObjectSpec.of("candidate site",
            Field.of("id", STRING, "unique among inline and CSV candidates").mandatory(),
            Field.of("name", STRING, "display name").byDefault("the id"),
            Field.of("lat", NUMBER, "latitude").mandatory().range(LAT).unit("degrees"),
            Field.of("lon", NUMBER, "longitude").mandatory().range(LON).unit("degrees"),
            Field.of("power_available_mw", NUMBER, "utility power deliverable to the site")
                    .mandatory().range(POSITIVE).unit("MW"),
            Field.of("power_price_usd_per_kwh", NUMBER, "all-in electricity price")
                    .range(POSITIVE).unit("USD/kWh").byDefault("finance.default_power_price_usd_per_kwh"),
            Field.of("build_cost_index", NUMBER, "construction cost relative to the US average")
                    .range(POSITIVE).unit("ratio")
                    .byDefault(ScenarioDefaults.BUILD_COST_INDEX, "1.0 (ScenarioDefaults.BUILD_COST_INDEX)"),
            Field.of("climate", STRING, "metro name in the climate catalog"),
            Field.of("processing_ms", NUMBER, "time inside the site added to every round trip it serves "
                            + "(load balancer, pre/post processing)")
                    .range(NON_NEGATIVE).unit("ms").byDefault(0.0, "0"));

    static final ObjectSpec SITES = ObjectSpec.of("sites",
            Field.of("candidates", OBJECT_LIST, "inline candidate sites").object(CANDIDATE),
            Field.of("csv", STRING, "candidate-site CSV, relative to the scenario file"),
            Field.of("max_sites", INTEGER, "most sites to build; absent = as many as coverage needs")
                    .range(Range.between(1, Integer.MAX_VALUE)).unit("sites"),
            Field.of("from_cities", OBJECT, "generate more candidates from the bundled cities").object(FROM_CITIES));

    static final ObjectSpec SITING = ObjectSpec.of("siting",
            Field.of("model", ENUM, "max_coverage, min_cost_cover, p_median (needs sites.max_sites) or p_center (same)")
                    .allowed(keys(SitingPolicy.Model.values(), SitingPolicy.Model::key))
                    .byDefault(SitingPolicy.Model.MAX_COVERAGE.key(), "max_coverage"),
            Field.of("resilience", ENUM, "none, or double_cover: two chosen sites within the SLO of every point, each "
                            + "sized to absorb its neighbour's traffic")
                    .allowed("none", "double_cover").byDefault("none", "none"),
            Field.of("target_coverage_pct", NUMBER, "min_cost_cover: share of weighted demand to cover")
                    .range(POSITIVE_PERCENT).unit("%").byDefault(100.0, "100"),
            Field.of("budget_usd", NUMBER, "max_coverage: the most the chosen sites may cost together, each at "
                            + "power_available_mw × finance.capex_usd_per_mw_it × build_cost_index; replaces sites.max_sites")
                    .range(NON_NEGATIVE).unit("USD"),
            Field.of("assignment", ENUM, "capacitated: split (a point's load may spread over sites) or single (each "
                            + "point whole to one site; bounded by the split optimum)")
                    .allowed(keys(SitingPolicy.Assignment.values(), SitingPolicy.Assignment::key))
                    .byDefault(SitingPolicy.Assignment.SPLIT.key(), "split"),
            Field.of("solver", ENUM, "exact branch and bound, heuristic with a Lagrangian bound, or auto by size")
                    .allowed(keys(SitingPolicy.Solver.values(), SitingPolicy.Solver::key))
                    .byDefault(SitingPolicy.Solver.AUTO.key(), "auto"),
            Field.of("time_limit_s", NUMBER, "solver wall-clock budget; the best sites and their proven gap are kept")
                    .range(Range.aboveUpTo(0, 3600)).unit("s")
                    .byDefault(ScenarioDefaults.SITING_TIME_LIMIT_S, "10 (ScenarioDefaults.SITING_TIME_LIMIT_S)"));

    static final ObjectSpec HARDWARE = ObjectSpec.of("hardware",
            Field.of("accelerator", STRING, "catalog accelerator id").mandatory(),
            Field.of("server", STRING, "catalog server id carrying the accelerator")
                    .byDefault("the catalog's first server with that accelerator"),
            Field.of("target_utilization_pct", NUMBER, "highest sustained share of benchmark throughput planned for")
                    .range(POSITIVE_PERCENT).unit("%")
                    .byDefault(ScenarioDefaults.TARGET_UTILIZATION_PCT, "80 (ScenarioDefaults.TARGET_UTILIZATION_PCT)"),
            Field.of("software_efficiency_pct", NUMBER, "share of vendor-tuned benchmark throughput reached")
                    .range(POSITIVE_PERCENT).unit("%")
                    .byDefault(ScenarioDefaults.SOFTWARE_EFFICIENCY_PCT,
                            "70 (ScenarioDefaults.SOFTWARE_EFFICIENCY_PCT)"),
            Field.of("refresh_trigger", ENUM, "every_n_years (finance.it_refresh_years) or perf_per_watt_gain")
                    .allowed(keys(RefreshPolicy.Trigger.values(), RefreshPolicy.Trigger::key))
                    .byDefault(RefreshPolicy.Trigger.EVERY_N_YEARS.key(), "every_n_years"),
            Field.of("refresh_min_gain_pct", NUMBER, "least perf-per-watt gain that triggers a perf_per_watt_gain refresh")
                    .range(NON_NEGATIVE).unit("%")
                    .byDefault(ScenarioDefaults.REFRESH_MIN_GAIN_PCT, "50 (ScenarioDefaults.REFRESH_MIN_GAIN_PCT)"),
            Field.of("start_year", INTEGER, "calendar year of plan year 0: which accelerator generations exist when")
                    .range(Range.between(2000, 2100)).unit("year")
                    .byDefault((long) ScenarioDefaults.START_YEAR, "2026 (ScenarioDefaults.START_YEAR)"));

    static final ObjectSpec DESIGN = ObjectSpec.of("design",
            Field.of("redundancy", ENUM, "power-chain redundancy; distributed = k of n independent blocks")
                    .allowed("N", "N+1", "2N", "2(N+1)", "n", "n+1", "2n", "2(n+1)", "distributed")
                    .byDefault(ScenarioDefaults.REDUNDANCY.key(), "N+1 (ScenarioDefaults.REDUNDANCY)"),
            Field.of("distributed_systems", INTEGER, "independent power blocks installed (redundancy: distributed only)")
                    .range(Range.between(2, Distributed.MAX_SYSTEMS)).unit("blocks")
                    .byDefault((long) Distributed.FOUR_MAKE_THREE.systems(), "4 (Distributed.FOUR_MAKE_THREE)"),
            Field.of("distributed_needed", INTEGER,
                            "blocks that carry the load; < distributed_systems (redundancy: distributed only)")
                    .range(Range.between(1, Distributed.MAX_SYSTEMS - 1)).unit("blocks")
                    .byDefault((long) Distributed.FOUR_MAKE_THREE.needed(), "3 (Distributed.FOUR_MAKE_THREE)"),
            Field.of("max_kw_per_rack", NUMBER, "hard limit on nameplate kW per rack")
                    .range(Range.aboveUpTo(0, 250)).unit("kW")
                    .byDefault(ScenarioDefaults.MAX_KW_PER_RACK, "40 (ScenarioDefaults.MAX_KW_PER_RACK)"),
            Field.of("cooling", ENUM, "auto = by rack density, or a fixed technology")
                    .allowed(Stream.concat(Stream.of("auto"), Arrays.stream(CoolingType.values()).map(CoolingType::key))
                            .toArray(String[]::new))
                    .byDefault("auto", "auto"),
            Field.of("air_max_kw_per_rack", NUMBER, "density up to which plain air cooling is used")
                    .range(POSITIVE).unit("kW")
                    .byDefault(ScenarioDefaults.AIR_MAX_KW_PER_RACK, "20 (ScenarioDefaults.AIR_MAX_KW_PER_RACK)"),
            Field.of("containment_max_kw_per_rack", NUMBER,
                            "density up to which air with containment is used; > air_max_kw_per_rack")
                    .range(POSITIVE).unit("kW")
                    .byDefault(ScenarioDefaults.CONTAINMENT_MAX_KW_PER_RACK,
                            "35 (ScenarioDefaults.CONTAINMENT_MAX_KW_PER_RACK)"),
            Field.of("heat_rejection", ENUM, "auto = liquid loop on dry coolers and room air on cooling towers with a "
                            + "waterside economizer, or one technology for the whole plant")
                    .allowed(Stream.concat(Stream.of("auto"), Arrays.stream(HeatRejection.values()).map(HeatRejection::key))
                            .toArray(String[]::new))
                    .byDefault("auto", "auto"));

    static final ObjectSpec TENANT = ObjectSpec.of("tenant",
            Field.of("name", STRING, "tenant name").mandatory(),
            Field.of("share_pct", NUMBER, "share of each site's sold capacity").mandatory().range(POSITIVE_PERCENT)
                    .unit("%"),
            Field.of("contract_years", NUMBER, "initial contract term").mandatory().range(POSITIVE).unit("years"),
            Field.of("renewal_pct", NUMBER, "probability of renewal at each term end (100 − churn)").mandatory()
                    .range(PERCENT).unit("%"));

    static final ObjectSpec FINANCE = ObjectSpec.of("finance",
            Field.of("capex_usd_per_mw_it", NUMBER, "construction cost per MW of critical IT load")
                    .range(POSITIVE).unit("USD/MW")
                    .byDefault(ScenarioDefaults.CAPEX_USD_PER_MW_IT, "11700000 (ScenarioDefaults.CAPEX_USD_PER_MW_IT)"),
            Field.of("liquid_cooling_premium_pct", NUMBER, "construction premium for liquid-cooled halls")
                    .range(PERCENT).unit("%")
                    .byDefault(ScenarioDefaults.LIQUID_COOLING_PREMIUM_PCT,
                            "8.5 (ScenarioDefaults.LIQUID_COOLING_PREMIUM_PCT)"),
            Field.of("default_power_price_usd_per_kwh", NUMBER, "electricity price for sites that give none")
                    .range(POSITIVE).unit("USD/kWh")
                    .byDefault(ScenarioDefaults.POWER_PRICE_USD_PER_KWH,
                            "0.0806 (ScenarioDefaults.POWER_PRICE_USD_PER_KWH)"),
            Field.of("discount_rate_pct", NUMBER, "discount rate for NPV")
                    .range(Range.fromBelow(0, 100)).unit("%/year")
                    .byDefault(ScenarioDefaults.DISCOUNT_RATE_PCT, "7 (ScenarioDefaults.DISCOUNT_RATE_PCT)"),
            Field.of("revenue_usd_per_kw_month", NUMBER, "price charged per kW of IT capacity per month")
                    .range(NON_NEGATIVE).unit("USD/kW/month")
                    .byDefault(ScenarioDefaults.REVENUE_USD_PER_KW_MONTH,
                            "184.06 (ScenarioDefaults.REVENUE_USD_PER_KW_MONTH)"),
            Field.of("maintenance_pct_of_capex_per_year", NUMBER, "M&E maintenance per year, of construction capex online")
                    .range(PERCENT).unit("% of capex/year")
                    .byDefault(ScenarioDefaults.MAINTENANCE_PCT_OF_CAPEX_PER_YEAR,
                            "2.1 (OpexDefaults.MAINTENANCE_PCT_OF_CAPEX_PER_YEAR)"),
            Field.of("revenue_model", ENUM, "colocation ($/kW-month, tenant-owned IT), gpu_hours or tokens (operator-owned IT)")
                    .allowed(keys(RevenueModel.values(), RevenueModel::key))
                    .byDefault(RevenueModel.COLOCATION.key(), "colocation"),
            Field.of("usd_per_gpu_hour", NUMBER, "accelerator rental price (gpu_hours model)")
                    .range(NON_NEGATIVE).unit("USD/accelerator-hour")
                    .byDefault(RevenueDefaults.USD_PER_GPU_HOUR, "2.40 (RevenueDefaults.USD_PER_GPU_HOUR)"),
            Field.of("gpu_hours_sold_pct", NUMBER, "share of installed accelerator-hours sold (gpu_hours model)")
                    .range(POSITIVE_PERCENT).unit("%")
                    .byDefault(RevenueDefaults.GPU_HOURS_SOLD_PCT, "100 (RevenueDefaults.GPU_HOURS_SOLD_PCT)"),
            Field.of("usd_per_million_tokens", NUMBER, "inference price per million output tokens; required by the tokens model")
                    .range(NON_NEGATIVE).unit("USD/M tokens"),
            Field.of("usd_per_thousand_requests", NUMBER, "inference price per thousand requests of per-sample workloads")
                    .range(NON_NEGATIVE).unit("USD/1000 requests").byDefault(0.0, "0"),
            Field.of("server_price_usd", NUMBER, "price of one server; required when the operator owns the IT")
                    .range(POSITIVE).unit("USD/server"),
            Field.of("it_refresh_years", INTEGER, "IT bought again after this many years")
                    .range(Range.between(1, 30)).unit("years")
                    .byDefault((long) RevenueDefaults.IT_REFRESH_YEARS, "5 (RevenueDefaults.IT_REFRESH_YEARS)"),
            Field.of("soft_cost_pct", NUMBER, "design, permits and other soft costs, of hard construction cost")
                    .range(PERCENT).unit("%").byDefault(CapexDefaults.SOFT_COST_PCT, "11.5 (CapexDefaults.SOFT_COST_PCT)"),
            Field.of("contingency_pct", NUMBER, "owner contingency, of hard + soft cost")
                    .range(PERCENT).unit("%").byDefault(CapexDefaults.CONTINGENCY_PCT, "7.5 (CapexDefaults.CONTINGENCY_PCT)"),
            Field.of("scale_multiplier", NUMBER, "small-build premium on construction cost")
                    .range(POSITIVE).unit("ratio")
                    .byDefault(CapexDefaults.SCALE_MULTIPLIER, "1 (CapexDefaults.SCALE_MULTIPLIER)"),
            Field.of("land_acres_per_site", NUMBER, "land bought per site (0 = owned, leased or left out)")
                    .range(NON_NEGATIVE).unit("acres").byDefault(0.0, "0"),
            Field.of("land_usd_per_acre", NUMBER, "land price")
                    .range(NON_NEGATIVE).unit("USD/acre")
                    .byDefault(CapexDefaults.LAND_USD_PER_ACRE, "244000 (CapexDefaults.LAND_USD_PER_ACRE)"),
            Field.of("staffing", ENUM, "remote (a technician dispatched, 1 FTE) or 24x7 on site (4.2 FTE)")
                    .allowed(keys(CostTerms.Staffing.values(), CostTerms.Staffing::key))
                    .byDefault(CostTerms.Staffing.REMOTE.key(), "remote"),
            Field.of("usd_per_fte_year", NUMBER, "loaded cost of one full-time equivalent")
                    .range(NON_NEGATIVE).unit("USD/FTE/year")
                    .byDefault(OpexDefaults.USD_PER_FTE_YEAR, "107300 (OpexDefaults.USD_PER_FTE_YEAR)"),
            Field.of("insurance_tax_pct_of_capex_per_year", NUMBER, "insurance and property tax, of construction capex online")
                    .range(PERCENT).unit("% of capex/year")
                    .byDefault(OpexDefaults.INSURANCE_TAX_PCT_OF_CAPEX_PER_YEAR,
                            "1.5 (OpexDefaults.INSURANCE_TAX_PCT_OF_CAPEX_PER_YEAR)"),
            Field.of("demand_charge_usd_per_kw_month", NUMBER, "utility demand charge on facility kW (0 when prices are all-in)")
                    .range(NON_NEGATIVE).unit("USD/kW/month").byDefault(0.0, "0"),
            Field.of("other_opex_usd_per_site_year", NUMBER, "water, network transit, security and other fixed costs")
                    .range(NON_NEGATIVE).unit("USD/site/year").byDefault(0.0, "0"),
            Field.of("residual_value", ENUM, "book: the facility (20-year book life) and IT (its refresh period) still in "
                            + "use count at book value at the horizon's end; none: nothing")
                    .allowed("book", "none").byDefault("book", "book"),
            Field.of("tenants", OBJECT_LIST, "customers sharing each site (absent = one anchor tenant that always renews)")
                    .object(TENANT));

    static final ObjectSpec PHASING = ObjectSpec.of("phasing",
            Field.of("strategy", ENUM, "phased blocks, or the whole design at once")
                    .allowed(keys(PhasingPolicy.Strategy.values(), PhasingPolicy.Strategy::key))
                    .byDefault(PhasingPolicy.Strategy.PHASED.key(), "phased"),
            Field.of("block_mw", NUMBER, "IT capacity added per block")
                    .range(POSITIVE).unit("MW").byDefault(PhasingDefaults.BLOCK_IT_MW, "0.5 (PhasingDefaults.BLOCK_IT_MW)"),
            Field.of("trigger_utilization_pct", NUMBER,
                            "next block when load one lead time ahead exceeds this share of capacity built or under way")
                    .range(POSITIVE_PERCENT).unit("%")
                    .byDefault(PhasingDefaults.TRIGGER_UTILIZATION_PCT, "80 (PhasingDefaults.TRIGGER_UTILIZATION_PCT)"),
            Field.of("grid_months", NUMBER, "utility interconnection still to come")
                    .range(NON_NEGATIVE).unit("months").byDefault(PhasingDefaults.GRID_MONTHS, "0 (PhasingDefaults.GRID_MONTHS)"),
            Field.of("permitting_months", NUMBER, "design and permits before construction")
                    .range(NON_NEGATIVE).unit("months")
                    .byDefault(PhasingDefaults.PERMITTING_MONTHS, "4 (PhasingDefaults.PERMITTING_MONTHS)"),
            Field.of("construction_months", NUMBER, "construction of a first phase up to 5 MW")
                    .range(NON_NEGATIVE).unit("months")
                    .byDefault(PhasingDefaults.CONSTRUCTION_MONTHS, "7 (PhasingDefaults.CONSTRUCTION_MONTHS)"),
            Field.of("equipment_months", NUMBER, "longest equipment lead of the first phase (switchgear)")
                    .range(NON_NEGATIVE).unit("months")
                    .byDefault(PhasingDefaults.SWITCHGEAR_LEAD_MONTHS, "10.8 (PhasingDefaults.SWITCHGEAR_LEAD_MONTHS)"),
            Field.of("expansion_months", NUMBER, "lead of a later block (UPS, generator, chiller deliveries)")
                    .range(NON_NEGATIVE).unit("months")
                    .byDefault(PhasingDefaults.EXPANSION_LEAD_MONTHS, "8 (PhasingDefaults.EXPANSION_LEAD_MONTHS)"));

    static final ObjectSpec RISK_DRIVER = ObjectSpec.of("risk driver",
            Field.of("id", ENUM, "which input").mandatory().allowed(Drivers.NAMES),
            Field.of("min", NUMBER, "lowest multiplier (triangular distribution)").mandatory().range(NON_NEGATIVE)
                    .unit("ratio"),
            Field.of("mode", NUMBER, "most likely multiplier").mandatory().range(NON_NEGATIVE).unit("ratio"),
            Field.of("max", NUMBER, "highest multiplier").mandatory().range(NON_NEGATIVE).unit("ratio"),
            Field.of("tornado_change_pct", NUMBER, "the driver's swing in the tornado chart, ±")
                    .range(Range.aboveUpTo(0, 100)).unit("%")
                    .byDefault(PlanRisk.TORNADO_CHANGE * 100.0, "20 (PlanRisk.TORNADO_CHANGE)"));

    static final ObjectSpec RISK = ObjectSpec.of("risk",
            Field.of("draws", INTEGER, "Monte Carlo draws over the plan's NPV (0 = none; the tornado is always drawn)")
                    .range(Range.between(0, MAX_RISK_DRAWS)).unit("draws")
                    .byDefault((long) PlanRisk.DEFAULT_DRAWS, "10000 (PlanRisk.DEFAULT_DRAWS)"),
            Field.of("drivers", OBJECT_LIST, "replace a default driver's range (ids not listed keep the default)")
                    .object(RISK_DRIVER));

    static final ObjectSpec NETWORK = ObjectSpec.of("network",
            Field.of("fiber_km_per_ms", NUMBER, "one-way propagation speed in fibre")
                    .range(Range.between(100, 300)).unit("km/ms")
                    .byDefault(LatencyDefaults.FIBER_KM_PER_MS, "204 (LatencyDefaults.FIBER_KM_PER_MS)"),
            Field.of("route_factor", NUMBER, "fibre route km / great-circle km")
                    .range(Range.between(1, 5)).unit("ratio")
                    .byDefault(LatencyDefaults.ROUTE_FACTOR, "1.6 (LatencyDefaults.ROUTE_FACTOR)"),
            Field.of("core_fixed_ms", NUMBER, "fixed round-trip overhead of routers and peering")
                    .range(NON_NEGATIVE).unit("ms")
                    .byDefault(LatencyDefaults.CORE_FIXED_MS, "5 (LatencyDefaults.CORE_FIXED_MS)"),
            Field.of("route_factor_p90", NUMBER, "route factor of the conservative (p90) estimate; "
                            + "raised to route_factor if below it")
                    .range(Range.between(1, 5)).unit("ratio")
                    .byDefault(LatencyDefaults.ROUTE_FACTOR_P90, "2.0 (LatencyDefaults.ROUTE_FACTOR_P90)"),
            Field.of("core_fixed_ms_p90", NUMBER, "fixed round-trip overhead of the p90 estimate; "
                            + "raised to core_fixed_ms if below it")
                    .range(NON_NEGATIVE).unit("ms")
                    .byDefault(LatencyDefaults.CORE_FIXED_MS_P90, "9 (LatencyDefaults.CORE_FIXED_MS_P90)"),
            Field.of("access_rtt_ms", NUMBER_MAP, "per access type (" + ACCESS_KEYS + "), median access-network "
                            + "round trip replacing the default")
                    .range(NON_NEGATIVE).unit("ms").byDefault("LatencyDefaults.accessRttMs, see docs/network.md"),
            Field.of("access_rtt_ms_p90", NUMBER_MAP, "per access type, p90 access-network round trip replacing "
                            + "the default; raised to the median if below it")
                    .range(NON_NEGATIVE).unit("ms").byDefault("LatencyDefaults.accessRttMsP90, see docs/network.md"),
            Field.of("slo_check", ENUM, "which round-trip estimate SLO coverage checks use")
                    .allowed(keys(LatencyPercentile.values(), LatencyPercentile::key))
                    .byDefault(LatencyDefaults.SLO_CHECK.key(), LatencyDefaults.SLO_CHECK.key()));

    static final ObjectSpec SCENARIO = ObjectSpec.of("the scenario: name, workloads, demand, sites, hardware",
            Field.of("schema_version", INTEGER, "format version").range(Range.between(SCHEMA_VERSION, SCHEMA_VERSION))
                    .byDefault((long) SCHEMA_VERSION, "1"),
            Field.of("name", STRING, "scenario name").mandatory(),
            Field.of("horizon_years", INTEGER, "years planned").range(Range.between(1, 50)).unit("years")
                    .byDefault((long) ScenarioDefaults.HORIZON_YEARS, "10 (ScenarioDefaults.HORIZON_YEARS)"),
            Field.of("seed", INTEGER, "seed for every random draw").byDefault(ScenarioDefaults.SEED,
                    "1 (ScenarioDefaults.SEED)"),
            Field.of("workloads", OBJECT_LIST, "the inference workloads").mandatory().range(Range.atLeast(1))
                    .object(WORKLOAD),
            Field.of("demand", OBJECT, "where requests come from").mandatory().object(DEMAND),
            Field.of("sites", OBJECT, "candidate sites").mandatory().object(SITES),
            Field.of("hardware", OBJECT, "accelerator and server").mandatory().object(HARDWARE),
            Field.of("design", OBJECT, "facility design rules").object(DESIGN),
            Field.of("finance", OBJECT, "money assumptions").object(FINANCE),
            Field.of("network", OBJECT, "latency model constants").object(NETWORK),
            Field.of("siting", OBJECT, "which location model chooses the sites").object(SITING),
            Field.of("phasing", OBJECT, "when each block of capacity is built").object(PHASING),
            Field.of("risk", OBJECT, "sensitivity and Monte Carlo").object(RISK));

    /** Every object of the format, root first. */
    static final List<ObjectSpec> ALL = List.of(SCENARIO, WORKLOAD, DEMAND, CITIES, CIRCLE, POINT, SITES, CANDIDATE,
            FROM_CITIES, SITING, HARDWARE, DESIGN, FINANCE, TENANT, NETWORK, PHASING, RISK, RISK_DRIVER);

    private static <E> String[] keys(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).toArray(String[]::new);
    }
}
