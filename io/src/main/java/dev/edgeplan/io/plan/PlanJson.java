package dev.edgeplan.io.plan;

import dev.edgeplan.core.capacity.Throughput;
import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.FacilityDetail;
import dev.edgeplan.core.facility.FacilityYear;
import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.facility.RedundancyOption;
import dev.edgeplan.core.facility.availability.SiteAvailability;
import dev.edgeplan.core.facility.availability.UptimeTier;
import dev.edgeplan.core.facility.cooling.CoolingPlantDefaults;
import dev.edgeplan.core.facility.cooling.HeatRejectionOption;
import dev.edgeplan.core.facility.cooling.PueResult;
import dev.edgeplan.core.facility.network.NearbyIxp;
import dev.edgeplan.core.facility.network.SiteNetwork;
import dev.edgeplan.core.facility.power.PowerEquipment;
import dev.edgeplan.core.facility.space.RoomLayout;
import dev.edgeplan.core.lifecycle.RefreshStep;
import dev.edgeplan.core.phasing.YearLoad;
import dev.edgeplan.core.plan.Assumption;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanSummary;
import dev.edgeplan.core.plan.SitePlan;
import dev.edgeplan.core.plan.WorkloadSummary;
import dev.edgeplan.core.siting.SolverReport;
import dev.edgeplan.io.json.JsonWriter;

/**
 * plan.json: snake_case keys with units in their names, a schema_version, and a stable key order so
 * the same plan is byte-identical. Core records carry no JSON knowledge; the mapping lives here.
 */
public final class PlanJson {

    /** Availabilities need more than the default four places: 0.99999 vs 0.999995 is a factor 2 in downtime. */
    public static final int AVAILABILITY_DECIMALS = 10;

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
        siting(json.name("siting"), plan.siting());
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
                    .field("pue_peak_design_day", f.detail().designPeakPue())
                    .field("redundancy", f.powerChain().label())
                    .field("availability", f.detail().availability().availability(), AVAILABILITY_DECIMALS)
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

    private static void siting(JsonWriter json, SolverReport r) {
        json.beginObject()
                .field("model", r.model())
                .field("method", r.method())
                .field("objective", r.objective())
                .field("lower_bound", r.lowerBound())
                .field("gap", r.gap())
                .field("proven_optimal", r.provenOptimal())
                .field("nodes", r.nodes())
                .field("covered_demand_pct", r.coveredPct())
                .field("covered_demand_pct_bound", r.coveredPctBound())
                .field("worst_single_site_loss_covered_pct", r.worstLossCoveredPct())
                .field("worst_single_site_loss", r.worstLossSite())
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
                .field("rtt_ms_p50", w.rttMsP50())
                .field("rtt_ms_p95", w.rttMsP95())
                .field("rtt_ms_p99", w.rttMsP99())
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
        facility(json.name("facility"), f, s);
        network(json.name("network"), s.network());
        json.name("workloads").beginArray();
        s.workloads().forEach(c -> capacity(json, c));
        json.endArray();
        json.name("years").beginArray();
        s.years().forEach(y -> year(json, y));
        json.endArray();
        EconomicsJson.siteFinance(json.name("finance"), s.finance());
        EconomicsJson.strategySummary(json.name("other_strategy"), s.otherStrategy());
        json.name("refreshes").beginArray();
        for (RefreshStep r : s.refreshes()) {
            json.beginObject()
                    .field("year", r.year())
                    .field("calendar_year", r.calendarYear())
                    .field("from_accelerator", r.fromAcceleratorId())
                    .field("accelerator", r.acceleratorId())
                    .field("server", r.serverId())
                    .field("perf_per_watt_gain_pct", r.perfPerWattGainPct())
                    .field("servers", r.servers())
                    .field("it_kw", r.itKw())
                    .field("kw_per_rack", r.kwPerRack())
                    .field("needs_liquid", r.needsLiquid())
                    .field("exceeds_rack_limit", r.exceedsRackLimit())
                    .field("exceeds_design_it_kw", r.exceedsDesignItKw())
                    .field("fits_design", r.fitsDesign())
                    .endObject();
        }
        json.endArray();
        CommissioningJson.write(json.name("commissioning"), s.commissioning());
        json.endObject();
    }

    private static void powerChain(JsonWriter json, PowerChain p) {
        json.beginObject()
                .field("redundancy", p.label())
                .field("systems", p.systems())
                .field("systems_needed", p.systemsNeeded())
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

    private static void facility(JsonWriter json, FacilityDesign f, SitePlan s) {
        FacilityDetail d = f.detail();
        json.beginObject();
        json.name("cooling_design").beginObject()
                .field("cooling", f.cooling().key())
                .field("ashrae_class", d.ashraeClass())
                .field("heat_rejection", d.rejection().describe(f.cooling()))
                .field("heat_capture_pct", 100.0 * CoolingPlantDefaults.heatCapture(f.cooling()))
                .field("pue_peak_design_day", d.designPeakPue())
                .endObject();
        energy(json.name("energy"), d.energy());
        room(json.name("room"), d.room());
        electrical(json.name("electrical"), d.electrical());
        json.name("equipment").beginArray();
        d.equipment().forEach(e -> CommissioningJson.equipmentItem(json, e));
        json.endArray();
        availability(json.name("availability"), d.availability());
        json.name("redundancy_options").beginArray();
        for (RedundancyOption o : d.redundancyOptions()) {
            json.beginObject()
                    .field("redundancy", o.label())
                    .field("availability", o.availability(), AVAILABILITY_DECIMALS)
                    .field("downtime_min_per_year", o.downtimeMinPerYear())
                    .field("ups_installed_kw", o.upsInstalledKw())
                    .field("generator_installed_kw", o.generatorInstalledKw())
                    .field("installed_kw_vs_n_plus_1", o.installedKwVsNPlus1())
                    .field("tier_like", o.tierLike())
                    .endObject();
        }
        json.endArray();
        json.name("heat_rejection_options").beginArray();
        for (HeatRejectionOption o : d.heatRejectionOptions()) {
            json.beginObject().field("heat_rejection", o.rejection().key()).field("pue_annual", o.pueAnnual())
                    .field("pue_peak", o.puePeak()).field("wue_l_per_kwh", o.wueLPerKwh()).endObject();
        }
        json.endArray();
        json.name("years").beginArray();
        for (FacilityYear y : s.facilityYears()) {
            json.beginObject().field("year", y.year()).field("it_kw_expected", y.itKwExpected()).field("pue", y.pue())
                    .field("facility_mwh", y.facilityMwh());
            optional(json, "water_m3", d.energy().fromClimate(), y.waterM3());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void energy(JsonWriter json, PueResult e) {
        json.beginObject()
                .field("climate_source", e.climateSource())
                .field("from_climate", e.fromClimate())
                .field("pue_annual", e.annualPue())
                .field("pue_peak", e.peakPue());
        json.name("pue_monthly").beginArray();
        for (double p : e.monthlyPue()) {
            json.value(p);
        }
        json.endArray();
        json.field("tue", e.tue())
                .field("free_cooling_full_h_per_year", e.freeCoolingFullHours())
                .field("free_cooling_partial_h_per_year", e.freeCoolingPartialHours())
                .field("it_mwh_per_year", e.itMwhPerYear())
                .field("facility_mwh_per_year", e.facilityMwhPerYear());
        optional(json, "water_m3_per_year", e.fromClimate(), e.waterM3PerYear());
        optional(json, "wue_l_per_kwh", e.fromClimate(), e.wueLPerKwh());
        json.endObject();
    }

    private static void optional(JsonWriter json, String name, boolean known, double value) {
        json.name(name);
        if (known) {
            json.value(value);
        } else {
            json.nullValue();
        }
    }

    private static void room(JsonWriter json, RoomLayout r) {
        json.beginObject()
                .field("racks", r.racks())
                .field("white_space_m2", r.whiteSpaceM2())
                .field("gross_m2", r.grossM2())
                .field("lighting_kw", r.lightingKw())
                .field("rack_mass_kg", r.rackMassKg())
                .field("rack_floor_load_kpa", r.rackFloorLoadKpa())
                .field("floor_note", r.floorNote())
                .endObject();
    }

    private static void electrical(JsonWriter json, PowerEquipment p) {
        json.beginObject()
                .field("utility_feed_kva", p.utilityFeedKva())
                .field("utility_feed_mva", p.utilityFeedMva())
                .field("transformers", p.transformers())
                .field("transformer_kva", p.transformerKva())
                .field("switchboards", p.switchboards())
                .field("switchboard_a", p.switchboardAmps())
                .field("battery_minutes", p.batteryMinutes())
                .field("battery_kwh", p.batteryKwh())
                .field("fuel_hours", p.fuelHours())
                .field("fuel_l", p.fuelLitres())
                .field("rack_feed_a", p.rackFeedAmps())
                .endObject();
    }

    private static void availability(JsonWriter json, SiteAvailability a) {
        json.beginObject()
                .field("topology", a.topology().key())
                .field("paths_availability", a.pathsAvailability(), AVAILABILITY_DECIMALS)
                .field("source_availability", a.sourceAvailability(), AVAILABILITY_DECIMALS)
                .field("availability", a.availability(), AVAILABILITY_DECIMALS)
                .field("downtime_h_per_year", a.downtimeHPerYear())
                .field("downtime_min_per_year", a.downtimeMinPerYear())
                .field("tier_like", a.tierLike().key())
                .field("tier_caveat", UptimeTier.CAVEAT);
        json.name("genset_survival").beginArray();
        for (SiteAvailability.OutageSurvival o : a.gensetSurvival()) {
            json.beginObject().field("outage_h", o.hours()).field("probability", o.probability(), AVAILABILITY_DECIMALS)
                    .endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void network(JsonWriter json, SiteNetwork n) {
        json.beginObject()
                .field("peak_gbps", n.peakGbps())
                .field("design_gbps", n.designGbps())
                .field("uplink_port_gbps", n.uplinkPortGbps())
                .field("links_per_path", n.linksPerPath())
                .field("diverse_paths", n.diversePaths());
        json.name("nearest_ixps").beginArray();
        for (NearbyIxp x : n.nearestIxps()) {
            json.beginObject().field("name", x.name()).field("city", x.city()).field("country", x.country())
                    .field("distance_km", x.distanceKm()).field("rtt_ms", x.rttMs()).endObject();
        }
        json.endArray();
        json.endObject();
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

    private static void assumption(JsonWriter json, Assumption a) {
        json.beginObject()
                .field("key", a.key())
                .field("value", a.value())
                .field("unit", a.unit())
                .field("source", a.source())
                .endObject();
    }
}
