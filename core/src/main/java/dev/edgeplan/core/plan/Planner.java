package dev.edgeplan.core.plan;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.capacity.CapacityEngine;
import dev.edgeplan.core.capacity.Throughput;
import dev.edgeplan.core.capacity.ThroughputModel;
import dev.edgeplan.core.capacity.ThroughputOptions;
import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.commissioning.CommissioningEngine;
import dev.edgeplan.core.demand.DemandModel;
import dev.edgeplan.core.demand.DemandTable;
import dev.edgeplan.core.facility.FacilityDefaults;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.FacilityEngine;
import dev.edgeplan.core.facility.climate.ClimateLookup;
import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.network.NetworkSizing;
import dev.edgeplan.core.facility.network.SiteNetwork;
import dev.edgeplan.core.finance.SiteEconomics;
import dev.edgeplan.core.finance.SiteFinance;
import dev.edgeplan.core.finance.SiteFinanceModel;
import dev.edgeplan.core.lifecycle.LifecycleEngine;
import dev.edgeplan.core.lifecycle.RefreshPolicy;
import dev.edgeplan.core.lifecycle.RefreshStep;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.phasing.BuildOut;
import dev.edgeplan.core.phasing.PhasingPolicy;
import dev.edgeplan.core.phasing.YearLoad;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.HardwareChoice;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.core.scenario.Workload;
import dev.edgeplan.core.siting.CandidateGenerator;
import dev.edgeplan.core.siting.SitingEngine;
import dev.edgeplan.core.siting.SitingResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Chains the engines: demand → capacity → siting → facility → phasing → finance → risk → commissioning.
 * Pure: the same scenario and catalog give the same plan.
 */
public final class Planner {

    static final String[] STAGES = {"demand", "siting", "capacity and facility", "phasing and finance", "risk"};

    /** 365 days: the year the request rates are averaged over. */
    static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;

    private Planner() {
    }

    public static Plan plan(Scenario scenario, Catalog catalog) {
        return plan(scenario, catalog, PlanProgress.NONE);
    }

    public static Plan plan(Scenario scenario, Catalog catalog, PlanProgress progress) {
        return plan(scenario, catalog, progress, PlanLimits.DEFAULTS);
    }

    public static Plan plan(Scenario scenario, Catalog catalog, PlanProgress progress, PlanLimits limits) {
        Resolved hw = Resolved.of(scenario, catalog);
        List<Workload> workloads = scenario.workloads();
        int nW = workloads.size();

        progress.stage(STAGES[0], 0, STAGES.length);
        DemandTable demand = DemandModel.build(scenario.demand(), workloads, catalog.cities());
        limits.checkDemandPoints(demand.points().size());
        if (demand.points().isEmpty()) {
            throw new InfeasibleException("demand", "the demand section selects no demand points "
                    + "(check demand.cities countries, regions, min_population and within, or add demand.points)");
        }
        int[] designYear = new int[nW];
        double[] weightPerRequest = new double[nW];
        double totalDesignPeak = 0.0;
        for (int w = 0; w < nW; w++) {
            designYear[w] = workloads.get(w).annualGrowthPct() >= 0 ? scenario.horizonYears() - 1 : 0;
            weightPerRequest[w] = CapacityEngine.unitsPerRequest(workloads.get(w), hw.models().get(w))
                    / CapacityEngine.plannedPerAcceleratorPerS(hw.throughputs().get(w), scenario.hardware());
            totalDesignPeak += demand.totalPeakRequestsPerS(w, designYear[w]);
        }
        if (totalDesignPeak <= 0) {
            throw new InfeasibleException("demand", "every workload has zero requests at every demand point "
                    + "(check demand.share_pct, requests_per_user_per_day, requests_per_s and point populations)");
        }

        progress.stage(STAGES[1], 1, STAGES.length);
        LatencyModel latency = new LatencyModel(scenario.network());
        List<CandidateSite> candidates = CandidateGenerator.all(scenario.sites(), catalog.cities());
        limits.checkCandidates(demand.points().size(), candidates.size());
        if (candidates.isEmpty()) {
            throw new InfeasibleException("sites.from_cities", "no city matches sites.from_cities (check its countries, "
                    + "regions, min_population and within) and no candidate is given");
        }
        int maxSites = scenario.sites().maxSites().orElse(candidates.size());
        SitingResult siting = SitingEngine.solve(demand, candidates, latency, weightPerRequest, designYear,
                scenario.sites().maxSites(), siteCapacity(scenario, catalog, hw, candidates), siteCostUsd(scenario, candidates),
                scenario.sites().policy(), progress);
        if (siting.chosen().length == 0) {
            throw NoCoverage.explain(demand, candidates, latency);
        }

        progress.stage(STAGES[2], 2, STAGES.length);
        List<SiteDraft> drafts = new ArrayList<>();
        // throughput options per GPU generation and workload: the same at every site and year, built once
        Map<String, ThroughputOptions> generationOptions = new HashMap<>();
        int[] chosen = siting.chosen();
        for (int i = 0; i < chosen.length; i++) {
            drafts.add(draftSite(scenario, catalog, hw, demand, siting, designYear, candidates.get(chosen[i]), chosen[i],
                    generationOptions));
            progress.step(i + 1, chosen.length);
        }

        progress.stage(STAGES[3], 3, STAGES.length);
        PhasingPolicy.Strategy strategy = scenario.phasing().strategy();
        PhasingPolicy.Strategy other = strategy == PhasingPolicy.Strategy.PHASED
                ? PhasingPolicy.Strategy.ALL_AT_ONCE : PhasingPolicy.Strategy.PHASED;
        List<SitePlan> sites = new ArrayList<>();
        for (SiteDraft d : drafts) {
            SiteFinance finance = SiteFinanceModel.evaluate(d.economics());
            SiteFinance alternative = SiteFinanceModel.evaluate(
                    d.economics().withPhasing(d.economics().phasing().withStrategy(other)));
            sites.add(d.toPlan(finance, alternative));
        }

        progress.stage(STAGES[4], 4, STAGES.length);
        PlanEconomics planEconomics = PlanEconomicsBuilder.build(scenario, sites, progress::step);
        List<WorkloadSummary> summaries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int w = 0; w < nW; w++) {
            WorkloadSummary summary = summarize(w, demand, siting, designYear[w], hw, sites);
            summaries.add(summary);
            if (summary.servedPct() < 100.0 - 1e-9) {
                warnings.add(String.format("workload '%s': %.1f %% of design-year peak demand is beyond its %.1f ms "
                                + "round-trip budget from every chosen site%s", summary.id(), 100.0 - summary.servedPct(),
                        summary.networkBudgetMs(), siting.chosen().length == maxSites && maxSites < candidates.size()
                                ? " (sites.max_sites = " + maxSites + " is reached)" : ""));
            }
        }
        for (SitePlan site : sites) {
            if (!site.facility().detail().energy().fromClimate()) {
                warnings.add(String.format("site '%s': no climate normals (named metro unknown or none within %.0f km); "
                        + "PUE %.3f is the cooling.csv annualized default, water use not estimated", site.id(),
                        ClimateLookup.MAX_DISTANCE_KM, site.facility().pue()));
            }
        }
        warnings.addAll(EconomicsWarnings.of(scenario, sites, planEconomics));
        return new Plan(scenario.name(), scenario.horizonYears(), scenario.seed(), hw.accelerator().id(), hw.server().id(),
                totals(candidates.size(), demand, summaries, sites, planEconomics), siting.report(), summaries, sites,
                planEconomics,
                warnings, PlanAssumptions.of(scenario, hw.server()),
                geography(demand, candidates, siting, designYear, latency));
    }

    /** Demand per point and workload with the site serving it, every candidate, and each chosen site's SLO radius. */
    private static PlanGeography geography(DemandTable demand, List<CandidateSite> candidates, SitingResult siting,
                                           int[] designYear, LatencyModel latency) {
        List<Workload> workloads = demand.workloads();
        List<PlanGeography.PointDemand> points = new ArrayList<>();
        for (int p = 0; p < demand.points().size(); p++) {
            List<PlanGeography.PointWorkload> perWorkload = new ArrayList<>();
            for (int w = 0; w < workloads.size(); w++) {
                int s = siting.assignedSite()[w][p];
                boolean served = s != SitingResult.UNASSIGNED;
                perWorkload.add(new PlanGeography.PointWorkload(workloads.get(w).id(), demand.averageRequestsPerS()[w][p],
                        demand.peakRequestsPerS(w, p, designYear[w]),
                        served ? Optional.of(candidates.get(s).id()) : Optional.empty(),
                        served ? siting.rttMs()[w][p] : 0.0));
            }
            points.add(new PlanGeography.PointDemand(demand.points().get(p), perWorkload));
        }
        List<PlanGeography.SloCoverage> coverage = new ArrayList<>();
        for (int s : siting.chosen()) {
            CandidateSite site = candidates.get(s);
            for (Workload workload : workloads) {
                double budgetMs = workload.networkBudgetMs();
                latency.sloRadiusKm(budgetMs - latency.sloAccessRttMs(workload.access()) - site.processingMs())
                        .ifPresent(km -> coverage.add(new PlanGeography.SloCoverage(site.id(), workload.id(), budgetMs, km)));
            }
        }
        return new PlanGeography(points, candidates, coverage);
    }

    /**
     * What each candidate costs against {@code siting.budget_usd}: its construction built out to its available
     * power, power_available_mw × finance.capex_usd_per_mw_it × build_cost_index.
     */
    private static double[] siteCostUsd(Scenario scenario, List<CandidateSite> candidates) {
        double[] cost = new double[candidates.size()];
        for (int s = 0; s < cost.length; s++) {
            CandidateSite c = candidates.get(s);
            cost[s] = c.powerAvailableMw() * scenario.finance().capexUsdPerMwIt() * c.buildCostIndex();
        }
        return cost;
    }

    /**
     * [candidate] accelerator-equivalents its power can carry, for the capacitated siting model: available MW at
     * the worst PUE of the cooling catalog (before the facility is designed), per accelerator's share of a server's
     * nameplate, at the target utilization (the siting weights count accelerators at full load).
     */
    private static double[] siteCapacity(Scenario scenario, Catalog catalog, Resolved hw, List<CandidateSite> candidates) {
        double pue = Arrays.stream(CoolingType.values()).mapToDouble(t -> catalog.cooling(t).pue()).max().orElse(1.0);
        double kwPerAccelerator = hw.server().nameplateKw() / hw.server().acceleratorsPerServer();
        double[] capacity = new double[candidates.size()];
        for (int s = 0; s < capacity.length; s++) {
            capacity[s] = candidates.get(s).powerAvailableMw() * 1000.0 / pue / kwPerAccelerator
                    * scenario.hardware().targetUtilizationPct() / 100.0;
        }
        return capacity;
    }

    /** A chosen site before its cash flow: what it serves, its design and the inputs of its economics. */
    private record SiteDraft(CandidateSite site, int demandPointsServed, List<WorkloadCapacity> capacities,
                             FacilityDesign facility, List<YearLoad> loads, SiteEconomics economics,
                             Optional<MonthlyClimate> climate, SiteNetwork network, List<RefreshStep> refreshes) {

        SitePlan toPlan(SiteFinance finance, SiteFinance alternative) {
            BuildOut build = finance.buildOut();
            List<YearLoad> years = new ArrayList<>(loads.size());
            double[] servedKwExpected = new double[loads.size()];
            for (YearLoad y : loads) {
                years.add(new YearLoad(y.year(), y.peakRequestsPerS(), y.accelerators(), y.servers(), y.itKw(),
                        y.itKwExpected(), build.onlineItKw()[y.year()], build.strandedItKw()[y.year()],
                        build.unmetItKw()[y.year()]));
                // energy follows the load the phases actually carry, as in the cash flow
                servedKwExpected[y.year()] = build.servedItKw()[y.year()] * economics.loadFraction();
            }
            return new SitePlan(site.id(), site.name(), site.lat(), site.lon(), site.powerAvailableMw(),
                    site.powerPriceUsdPerKwh(), demandPointsServed, capacities, facility, years, finance, alternative,
                    CommissioningEngine.plan(facility, network, build.phases()), FacilityEngine.years(facility, climate, servedKwExpected),
                    network, refreshes, economics);
        }
    }

    private static SiteDraft draftSite(Scenario scenario, Catalog catalog, Resolved hw, DemandTable demand,
                                       SitingResult siting, int[] designYear, CandidateSite site, int s,
                                       Map<String, ThroughputOptions> generationOptions) {
        int nW = scenario.workloads().size();
        List<WorkloadCapacity> capacities = new ArrayList<>();
        int servers = 0;
        for (int w = 0; w < nW; w++) {
            WorkloadCapacity cap = capacityAt(scenario, hw, demand, siting, w, s, designYear[w]);
            capacities.add(cap);
            servers += cap.servers();
        }
        Optional<MonthlyClimate> climate = ClimateLookup.forSite(site.climate(), site.lat(), site.lon(), catalog.climates());
        FacilityDesign facility = FacilityEngine.design(site.id(), servers, hw.server(), scenario.design(), catalog, climate);
        if (facility.facilityKw() / 1000.0 > site.powerAvailableMw() + 1e-9) {
            throw new InfeasibleException("sites.candidates[" + site.id() + "].power_available_mw", String.format(
                    "site '%s' needs %.2f MW of facility power (%.0f kW IT × PUE %.2f) for the demand it serves, "
                            + "but power_available_mw is %.2f; raise it, add candidate sites nearby, or lower the demand",
                    site.id(), facility.facilityKw() / 1000.0, facility.itKw(), facility.pue(), site.powerAvailableMw()));
        }
        int years = scenario.horizonYears();
        List<YearLoad> loads = new ArrayList<>();
        double[] requiredItKw = new double[years];
        double[] tokensPerYear = new double[years];
        double[] requestsPerYear = new double[years];
        for (int y = 0; y < years; y++) {
            double peak = 0.0;
            int yearServers = 0;
            int yearAccelerators = 0;
            for (int w = 0; w < nW; w++) {
                WorkloadCapacity cap = capacityAt(scenario, hw, demand, siting, w, s, y);
                peak += cap.peakRequestsPerS();
                yearServers += cap.servers();
                yearAccelerators += cap.accelerators();
                Workload workload = scenario.workloads().get(w);
                double requestsPerYearAtPeakShape = cap.peakRequestsPerS() / workload.peakToAverage() * SECONDS_PER_YEAR;
                if (hw.models().get(w).kind().countsTokens()) {
                    tokensPerYear[y] += requestsPerYearAtPeakShape * workload.outputTokensPerRequest();
                } else {
                    requestsPerYear[y] += requestsPerYearAtPeakShape;
                }
            }
            requiredItKw[y] = yearServers * hw.server().nameplateKw();
            loads.add(new YearLoad(y, peak, yearAccelerators, yearServers, requiredItKw[y],
                    yearServers * hw.server().loadedKw(), 0.0, 0.0, 0.0));
        }
        int pointsServed = 0;
        for (int p = 0; p < demand.points().size(); p++) {
            for (int w = 0; w < nW; w++) {
                if (siting.assignedSite()[w][p] == s && demand.averageRequestsPerS()[w][p] > 0) {
                    pointsServed++;
                    break;
                }
            }
        }
        SiteNetwork network = network(scenario, site, capacities, catalog);
        SiteEconomics base = SiteEconomicsBuilder.build(scenario, site, facility, hw.server(), requiredItKw,
                tokensPerYear, requestsPerYear);
        // a phase carries load only after its on-site commissioning, which the design's equipment sets
        SiteEconomics economics = base.withPhasing(base.phasing().withCommissioning(
                CommissioningEngine.time(facility, network)));
        return new SiteDraft(site, pointsServed, capacities, facility, loads, economics, climate, network,
                refreshes(scenario, catalog, hw, demand, siting, s, facility, generationOptions));
    }

    /**
     * GPU generations over the horizon: each year's load, sized by the same capacity engine on every newer
     * generation of the installed vendor that the catalog has a server for.
     */
    private static List<RefreshStep> refreshes(Scenario scenario, Catalog catalog, Resolved hw, DemandTable demand,
                                               SitingResult siting, int s, FacilityDesign facility,
                                               Map<String, ThroughputOptions> optionsByServerAndWorkload) {
        HardwareChoice h = scenario.hardware();
        RefreshPolicy policy = new RefreshPolicy(h.refreshTrigger(), scenario.finance().revenue().itRefreshYears(),
                h.refreshMinGainPct(), h.startYear());
        List<LifecycleEngine.Generation> generations = new ArrayList<>();
        for (Accelerator a : catalog.accelerators()) {
            catalog.defaultServerFor(a.id()).ifPresent(server -> generations.add(new LifecycleEngine.Generation(a, server)));
        }
        int nW = scenario.workloads().size();
        LifecycleEngine.Sizer sizer = (server, year) -> {
            Accelerator a = catalog.accelerator(server.acceleratorId()).orElseThrow();
            int servers = 0;
            for (int w = 0; w < nW; w++) {
                Workload workload = scenario.workloads().get(w);
                int wi = w;
                ThroughputOptions options = optionsByServerAndWorkload.computeIfAbsent(server.id() + "#" + w,
                        k -> ThroughputOptions.of(ThroughputModel.options(workload, hw.models().get(wi), a, server,
                                catalog)));
                if (options.isEmpty()) {
                    return OptionalInt.empty();
                }
                double peak = 0.0;
                for (int p = 0; p < demand.points().size(); p++) {
                    peak += siting.assignedSite()[w][p] == s ? demand.peakRequestsPerS(w, p, year) : 0.0;
                }
                try {
                    servers += CapacityEngine.sizeBest(workload, hw.models().get(w), options, server, h, peak).servers();
                } catch (InfeasibleException e) {
                    return OptionalInt.empty();
                }
            }
            return OptionalInt.of(servers);
        };
        LifecycleEngine.Design design = new LifecycleEngine.Design(facility.cooling().isLiquid(),
                scenario.design().maxKwPerRack(), facility.itKw(),
                FacilityDefaults.RACK_HEIGHT_U - FacilityDefaults.RACK_RESERVED_U);
        return LifecycleEngine.plan(new LifecycleEngine.Generation(hw.accelerator(), hw.server()), generations, design,
                scenario.horizonYears(), policy, sizer);
    }

    /** Uplinks for the design-year peak of every workload served from the site. */
    private static SiteNetwork network(Scenario scenario, CandidateSite site, List<WorkloadCapacity> capacities,
                                       Catalog catalog) {
        double bitsPerS = 0.0;
        for (int w = 0; w < capacities.size(); w++) {
            Workload workload = scenario.workloads().get(w);
            bitsPerS += 8.0 * capacities.get(w).peakRequestsPerS() * NetworkSizing.bytesPerRequest(workload.kind(),
                    workload.inputTokensPerRequest(), workload.outputTokensPerRequest());
        }
        return NetworkSizing.size(site.lat(), site.lon(), bitsPerS / 1e9, scenario.design().redundancy() != Redundancy.N,
                catalog.ixps(), new LatencyModel(scenario.network()));
    }

    /**
     * The peak a site must carry for workload {@code w} in {@code year}: its own points, plus — when the policy keeps
     * a backup site in reach of every point — the largest share it takes over if any one other chosen site fails.
     */
    private static WorkloadCapacity capacityAt(Scenario scenario, Resolved hw, DemandTable demand, SitingResult siting,
                                               int w, int s, int year) {
        double peak = 0.0;
        // [candidate index] load that moves here if that candidate fails
        double[] failover = new double[Arrays.stream(siting.chosen()).max().orElse(0) + 1];
        double worstFailover = 0.0;
        for (int p = 0; p < demand.points().size(); p++) {
            int primary = siting.assignedSite()[w][p];
            if (primary == s) {
                peak += demand.peakRequestsPerS(w, p, year);
            } else if (primary >= 0 && siting.backupSite()[w][p] == s) {
                failover[primary] += demand.peakRequestsPerS(w, p, year);
                worstFailover = Math.max(worstFailover, failover[primary]);
            }
        }
        return CapacityEngine.sizeBest(scenario.workloads().get(w), hw.models().get(w), hw.options().get(w), hw.server(),
                scenario.hardware(), peak + worstFailover);
    }


    private static WorkloadSummary summarize(int w, DemandTable demand, SitingResult siting, int designYear,
                                             Resolved hw, List<SitePlan> sites) {
        Workload workload = demand.workloads().get(w);
        int nPoints = demand.points().size();
        double total = 0.0;
        double served = 0.0;
        double rttWeighted = 0.0;
        double rttMax = 0.0;
        double[] rtt = new double[nPoints];
        double[] weight = new double[nPoints];
        int n = 0;
        for (int p = 0; p < nPoints; p++) {
            double peak = demand.peakRequestsPerS(w, p, designYear);
            total += peak;
            if (siting.assignedSite()[w][p] != SitingResult.UNASSIGNED && peak > 0) {
                served += peak;
                rttWeighted += peak * siting.rttMs()[w][p];
                rttMax = Math.max(rttMax, siting.rttMs()[w][p]);
                rtt[n] = siting.rttMs()[w][p];
                weight[n] = peak;
                n++;
            }
        }
        double[] percentiles = WeightedPercentiles.of(Arrays.copyOf(rtt, n), Arrays.copyOf(weight, n),
                new double[] {0.50, 0.95, 0.99});
        int accelerators = sites.stream().mapToInt(site -> site.workloads().get(w).accelerators()).sum();
        Throughput throughput = hw.throughputs().get(w);
        ModelProfile model = hw.models().get(w);
        return new WorkloadSummary(workload.id(), workload.kind().key(), model.id(), demand.totalPeakRequestsPerS(w, 0),
                designYear, total, total > 0 ? 100.0 * served / total : 0.0, workload.networkBudgetMs(),
                served > 0 ? rttWeighted / served : 0.0, rttMax, percentiles[0], percentiles[1], percentiles[2],
                model.throughputUnit(), throughput, accelerators);
    }


    private static PlanSummary totals(int candidates, DemandTable demand, List<WorkloadSummary> workloads,
                                      List<SitePlan> sites, PlanEconomics economics) {
        double weightedServed = 0.0;
        double weightTotal = 0.0;
        for (WorkloadSummary w : workloads) {
            weightedServed += w.servedPct() * w.peakRequestsPerSDesign();
            weightTotal += w.peakRequestsPerSDesign();
        }
        return new PlanSummary(candidates, sites.size(), demand.points().size(),
                weightTotal > 0 ? weightedServed / weightTotal : 0.0,
                sites.stream().mapToInt(s -> s.facility().accelerators()).sum(),
                sites.stream().mapToInt(s -> s.facility().servers()).sum(),
                sites.stream().mapToInt(s -> s.facility().racks()).sum(),
                sites.stream().mapToDouble(s -> s.facility().itKw()).sum(),
                sites.stream().mapToDouble(s -> s.facility().itKwExpected()).sum(),
                sites.stream().mapToDouble(s -> s.facility().facilityKw()).sum(),
                sites.stream().mapToDouble(s -> s.finance().constructionCapexUsd()).sum(),
                sites.stream().mapToDouble(s -> s.finance().itCapexUsd()).sum(),
                economics.npvUsd());
    }

    /** Catalog entries the scenario names and each workload's throughput, looked up once. */
    record Resolved(Accelerator accelerator, ServerModel server, List<ModelProfile> models, List<Throughput> throughputs,
                    List<ThroughputOptions> options) {

        static Resolved of(Scenario scenario, Catalog catalog) {
            Accelerator accelerator = catalog.accelerator(scenario.hardware().acceleratorId()).orElseThrow(() ->
                    new IllegalArgumentException("unknown accelerator " + scenario.hardware().acceleratorId()));
            ServerModel server = catalog.server(scenario.hardware().serverId()).orElseThrow(() ->
                    new IllegalArgumentException("unknown server " + scenario.hardware().serverId()));
            List<ModelProfile> models = new ArrayList<>();
            List<Throughput> throughputs = new ArrayList<>();
            List<ThroughputOptions> options = new ArrayList<>();
            for (int w = 0; w < scenario.workloads().size(); w++) {
                Workload workload = scenario.workloads().get(w);
                ModelProfile model = catalog.model(workload.model()).orElseThrow(() ->
                        new IllegalArgumentException("unknown model " + workload.model()));
                int index = w;
                Throughput throughput = ThroughputModel.estimate(workload, model, accelerator, server, catalog)
                        .orElseThrow(() -> new InfeasibleException("hardware.accelerator", String.format(
                                "workload '%s' (workloads[%d]): no MLPerf result for model '%s' (benchmark %s) on "
                                        + "accelerator '%s' and no architecture in the catalog for the roofline, or the "
                                        + "model does not fit / meet tpot_ms on one %s; accelerators with a result: %s",
                                workload.id(), index, model.id(), model.benchmark(), accelerator.id(), server.id(),
                                String.join(", ", acceleratorsWithResult(catalog, model)))));
                models.add(model);
                throughputs.add(throughput);
                options.add(ThroughputOptions.of(ThroughputModel.options(workload, model, accelerator, server, catalog)));
            }
            return new Resolved(accelerator, server, models, throughputs, options);
        }

        static List<String> acceleratorsWithResult(Catalog catalog, ModelProfile model) {
            return catalog.accelerators().stream()
                    .filter(a -> catalog.bestResult(a, model, "Server").isPresent()
                            || catalog.bestResult(a, model, "Offline").isPresent())
                    .map(Accelerator::id).toList();
        }
    }
}
