package dev.edgeplan.io.plan;

import dev.edgeplan.core.capacity.Throughput;
import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.commissioning.CommissioningLevel;
import dev.edgeplan.core.commissioning.CommissioningPlan;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.phasing.YearLoad;
import dev.edgeplan.core.plan.Assumption;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanSummary;
import dev.edgeplan.core.plan.SitePlan;
import dev.edgeplan.core.plan.WorkloadSummary;
import dev.edgeplan.io.json.JsonWriter;

/**
 * plan.json: snake_case keys with units in their names, a schema_version, and a stable key order so
 * the same plan is byte-identical. Core records carry no JSON knowledge; the mapping lives here.
 */
public final class PlanJson {

    private PlanJson() {
    }

    public static String write(Plan plan) {
        JsonWriter json = new JsonWriter(true);
        json.beginObject();
        json.field("schema_version", Plan.SCHEMA_VERSION);
        json.name("scenario").beginObject()
                .field("name", plan.scenarioName())
                .field("horizon_years", plan.horizonYears())
                .field("seed", plan.seed())
                .field("accelerator", plan.acceleratorId())
                .field("server", plan.serverId())
                .endObject();
        summary(json.name("summary"), plan.summary());
        json.name("workloads").beginArray();
        plan.workloads().forEach(w -> workload(json, w));
        json.endArray();
        json.name("sites").beginArray();
        plan.sites().forEach(s -> site(json, s));
        json.endArray();
        EconomicsJson.write(json.name("economics"), plan.economics());
        json.name("warnings").beginArray();
        plan.warnings().forEach(json::value);
        json.endArray();
        json.name("assumptions").beginArray();
        plan.assumptions().forEach(a -> assumption(json, a));
        json.endArray();
        json.endObject();
        return json + "\n";
    }

    /** The one-object summary printed by {@code plan --json}. */
    public static String writeSummary(Plan plan, String outDir) {
        JsonWriter json = new JsonWriter(false);
        json.beginObject();
        json.field("schema_version", Plan.SCHEMA_VERSION);
        json.field("scenario", plan.scenarioName());
        json.field("out_dir", outDir);
        summary(json.name("summary"), plan.summary());
        json.name("sites").beginArray();
        for (SitePlan s : plan.sites()) {
            FacilityDesign f = s.facility();
            json.beginObject().field("id", s.id()).field("it_kw", f.itKw()).field("facility_kw", f.facilityKw())
                    .field("racks", f.racks()).field("cooling", f.cooling().key()).field("pue", f.pue())
                    .field("capex_usd", s.finance().constructionCapexUsd())
                    .field("npv_usd", s.finance().npvUsd()).endObject();
        }
        json.endArray();
        json.field("warnings", plan.warnings().size());
        json.endObject();
        return json + "\n";
    }

    private static void summary(JsonWriter json, PlanSummary s) {
        json.beginObject()
                .field("candidate_sites", s.candidateSites())
                .field("sites_chosen", s.sitesChosen())
                .field("demand_points", s.demandPoints())
                .field("served_demand_pct", s.servedDemandPct())
                .field("accelerators", s.accelerators())
                .field("servers", s.servers())
                .field("racks", s.racks())
                .field("it_kw", s.itKw())
                .field("it_kw_expected", s.itKwExpected())
                .field("facility_kw", s.facilityKw())
                .field("capex_usd", s.capexUsd())
                .field("it_capex_usd", s.itCapexUsd())
                .field("npv_usd", s.npvUsd())
                .endObject();
    }

    private static void workload(JsonWriter json, WorkloadSummary w) {
        json.beginObject()
                .field("id", w.id())
                .field("kind", w.kind())
                .field("model", w.model())
                .field("peak_requests_per_s_year0", w.peakRequestsPerSYear0())
                .field("design_year", w.designYear())
                .field("peak_requests_per_s_design", w.peakRequestsPerSDesign())
                .field("served_pct", w.servedPct())
                .field("network_budget_ms", w.networkBudgetMs())
                .field("rtt_ms_mean", w.rttMsMean())
                .field("rtt_ms_max", w.rttMsMax())
                .field("throughput_unit", w.unit());
        throughput(json.name("throughput"), w.throughput());
        json.field("accelerators", w.accelerators())
                .endObject();
    }

    static void throughput(JsonWriter json, Throughput t) {
        json.beginObject()
                .field("method", t.method())
                .field("reference", t.reference())
                .field("per_accelerator_per_s", t.perAcceleratorPerS())
                .field("slo_factor", t.sloFactor())
                .field("length_factor", t.lengthFactor())
                .field("round", t.round())
                .field("precision", t.precision())
                .field("tensor_parallel", t.tensorParallel())
                .field("tpot_ms", t.tpotMs())
                .field("prefill_ms", t.prefillMs())
                .field("source", t.source())
                .endObject();
    }

    private static void site(JsonWriter json, SitePlan s) {
        FacilityDesign f = s.facility();
        json.beginObject()
                .field("id", s.id())
                .field("name", s.name())
                .field("lat", s.lat())
                .field("lon", s.lon())
                .field("power_available_mw", s.powerAvailableMw())
                .field("power_price_usd_per_kwh", s.powerPriceUsdPerKwh())
                .field("demand_points_served", s.demandPointsServed())
                .field("accelerators", f.accelerators())
                .field("servers", f.servers())
                .field("servers_per_rack", f.serversPerRack())
                .field("racks", f.racks())
                .field("kw_per_rack", f.kwPerRack())
                .field("cooling", f.cooling().key())
                .field("pue", f.pue())
                .field("it_kw", f.itKw())
                .field("it_kw_expected", f.itKwExpected())
                .field("facility_kw", f.facilityKw())
                .field("facility_kw_expected", f.facilityKwExpected())
                .field("capex_usd", s.finance().constructionCapexUsd());
        powerChain(json.name("power_chain"), f.powerChain());
        json.name("workloads").beginArray();
        s.workloads().forEach(c -> capacity(json, c));
        json.endArray();
        json.name("years").beginArray();
        s.years().forEach(y -> year(json, y));
        json.endArray();
        EconomicsJson.siteFinance(json.name("finance"), s.finance());
        EconomicsJson.strategySummary(json.name("other_strategy"), s.otherStrategy());
        commissioning(json.name("commissioning"), s.commissioning());
        json.endObject();
    }

    private static void powerChain(JsonWriter json, PowerChain p) {
        json.beginObject()
                .field("redundancy", p.redundancy().key())
                .field("ups_load_kw", p.upsLoadKw())
                .field("ups_module_kw", p.upsModuleKw())
                .field("ups_modules_needed", p.upsModulesNeeded())
                .field("ups_modules_installed", p.upsModulesInstalled())
                .field("ups_installed_kw", p.upsInstalledKw())
                .field("generator_load_kw", p.generatorLoadKw())
                .field("generator_unit_kw", p.generatorUnitKw())
                .field("generators_needed", p.generatorsNeeded())
                .field("generators_installed", p.generatorsInstalled())
                .field("generator_installed_kw", p.generatorInstalledKw())
                .field("utility_feed_kw", p.utilityFeedKw())
                .endObject();
    }

    static void capacity(JsonWriter json, WorkloadCapacity c) {
        json.beginObject()
                .field("workload", c.workloadId())
                .field("peak_requests_per_s", c.peakRequestsPerS())
                .field("demand_units_per_s", c.demandUnitsPerS())
                .field("throughput_unit", c.unit())
                .field("method", c.throughput().method())
                .field("per_accelerator_per_s", c.throughput().perAcceleratorPerS())
                .field("planned_per_accelerator_per_s", c.plannedPerAcceleratorPerS())
                .field("tensor_parallel", c.throughput().tensorParallel())
                .field("replicas_for_throughput", c.replicasForThroughput())
                .field("replicas_for_queue", c.replicasForQueue())
                .field("spare_replicas", c.spareReplicas())
                .field("replicas", c.replicas())
                .field("accelerators", c.accelerators())
                .field("servers", c.servers())
                .field("utilization_pct", c.utilizationPct())
                .field("p_wait", c.pWait())
                .field(c.countsTokens() ? "ttft_ms_at_percentile" : "latency_ms_at_percentile", c.latencyMsAtPercentile())
                .field("it_kw_nameplate", c.itKwNameplate())
                .field("it_kw_expected", c.itKwExpected())
                .field("joules_per_unit", c.joulesPerUnit())
                .endObject();
    }

    private static void year(JsonWriter json, YearLoad y) {
        json.beginObject()
                .field("year", y.year())
                .field("peak_requests_per_s", y.peakRequestsPerS())
                .field("accelerators", y.accelerators())
                .field("servers", y.servers())
                .field("it_kw", y.itKw())
                .field("it_kw_expected", y.itKwExpected())
                .field("online_it_kw", y.onlineItKw())
                .field("stranded_kw", y.strandedKw())
                .field("unmet_kw", y.unmetKw())
                .field("utilization_of_online_pct", y.utilizationOfOnlinePct())
                .endObject();
    }

    private static void commissioning(JsonWriter json, CommissioningPlan c) {
        json.beginObject()
                .field("load_bank_kw", c.loadBankKw())
                .field("load_bank_type", c.loadBankType());
        json.name("levels").beginArray();
        for (CommissioningLevel level : c.levels()) {
            json.beginObject().field("level", level.level()).field("name", level.name());
            json.name("tests").beginArray();
            level.tests().forEach(json::value);
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void assumption(JsonWriter json, Assumption a) {
        json.beginObject()
                .field("key", a.key())
                .field("value", a.value())
                .field("unit", a.unit())
                .field("source", a.source())
                .endObject();
    }
}
