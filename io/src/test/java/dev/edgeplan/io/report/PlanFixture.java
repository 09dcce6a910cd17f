package dev.edgeplan.io.report;

import dev.edgeplan.core.capacity.Throughput;
import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.commissioning.CommissioningEngine;
import dev.edgeplan.core.commissioning.CommissioningPlan;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.FacilityDetail;
import dev.edgeplan.core.facility.FacilityEngine;
import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.finance.PlanRisk;
import dev.edgeplan.core.finance.SiteEconomics;
import dev.edgeplan.core.facility.network.NearbyIxp;
import dev.edgeplan.core.facility.network.SiteNetwork;
import dev.edgeplan.core.finance.SiteFinance;
import dev.edgeplan.core.finance.SiteFinanceModel;
import dev.edgeplan.core.finance.capex.CapexInputs;
import dev.edgeplan.core.finance.capex.CapexModel;
import dev.edgeplan.core.finance.metrics.CashFlowMetrics;
import dev.edgeplan.core.finance.opex.OpexInputs;
import dev.edgeplan.core.finance.revenue.Prices;
import dev.edgeplan.core.finance.revenue.RevenueModel;
import dev.edgeplan.core.finance.revenue.Tenancy;
import dev.edgeplan.core.finance.risk.ProgressListener;
import dev.edgeplan.core.phasing.PhasingPolicy;
import dev.edgeplan.core.phasing.YearLoad;
import dev.edgeplan.core.plan.Assumption;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanEconomics;
import dev.edgeplan.core.plan.PlanSummary;
import dev.edgeplan.core.plan.SitePlan;
import dev.edgeplan.core.plan.StrategyOutcome;
import dev.edgeplan.core.plan.WorkloadSummary;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.siting.SolverReport;
import dev.edgeplan.core.scenario.Redundancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hand-built plan for report tests: two Texas sites, two workloads (an LLM chat and a vision workload),
 * three years. Built without the planner so report tests do not move when engine numbers change; the
 * figures are nonetheless consistent (8 × H100 servers of 10.2 kW, $11.7 M per MW of IT, CBRE colocation
 * price; cash flows from {@code SiteFinanceModel} on those figures).
 */
final class PlanFixture {

    static final double SERVER_KW = 10.2;
    static final double LOAD_FRACTION = 0.8;
    static final int ACCELERATORS_PER_SERVER = 8;
    static final double CAPEX_USD_PER_MW = 11_700_000.0;
    static final double REVENUE_USD_PER_KW_MONTH = 184.06;
    static final double DISCOUNT_RATE_PCT = 7.0;
    static final double MAINTENANCE_PCT = 2.1;

    /** The sites' economics of the plan being built, for its tornado and Monte Carlo. */
    private final List<SiteEconomics> economicsOfSites = new ArrayList<>();

    private String scenarioName = "Texas edge inference 2026";
    private String firstSiteName = "Dallas Infomart";
    private String secondSiteName = "Austin East";
    private List<String> warnings = List.of(
            "workload 'chat': 2.6 % of design-year peak demand is beyond its 35.0 ms round-trip budget from every chosen site",
            "site 'aus-1': year-0 load uses 25 % of the IT capacity built for the design year; "
                    + "phasing the build would avoid stranded capital");

    static PlanFixture builder() {
        return new PlanFixture();
    }

    static Plan plan() {
        return builder().build();
    }

    PlanFixture scenarioName(String name) {
        this.scenarioName = name;
        return this;
    }

    PlanFixture firstSiteName(String name) {
        this.firstSiteName = name;
        return this;
    }

    PlanFixture warnings(List<String> list) {
        this.warnings = List.copyOf(list);
        return this;
    }

    Plan build() {
        economicsOfSites.clear();
        SitePlan dallas = site("dfw-1", firstSiteName, 32.8009, -96.8194, 4.0, 0.072, 41,
                new int[] {80, 100, 120}, new int[] {100, 20}, 4, CoolingType.DIRECT_TO_CHIP, 1.25, 1.0,
                new PowerChain(Redundancy.N_PLUS_1, 1224.0, 750.0, 2, 3, 1912.5, 1000.0, 2, 3, 1912.5));
        SitePlan austin = site("aus-1", secondSiteName, 30.2672, -97.7431, 1.5, 0.081, 17,
                new int[] {15, 40, 60}, new int[] {40, 20}, 2, CoolingType.AIR_CONTAINMENT, 1.35, 1.15,
                new PowerChain(Redundancy.TWO_N, 612.0, 750.0, 1, 2, 1032.75, 1250.0, 1, 2, 1032.75));
        List<SitePlan> sites = List.of(dallas, austin);

        List<WorkloadSummary> workloads = List.of(
                new WorkloadSummary("chat", "llm", "llama2-70b", 1850.5, 2, 2890.24, 97.4, 35.0, 8.42, 21.7, 7.9, 18.2, 21.7,
                        "tokens/s", CHAT_THROUGHPUT, 960),
                new WorkloadSummary("vision", "vision", "resnet50", 420.0, 2, 655.2, 100.0, 60.0, 6.1, 14.93, 5.2, 12.4, 14.93,
                        "samples/s", VISION_THROUGHPUT, 320));

        double itKw = 0;
        double itKwExpected = 0;
        double facilityKw = 0;
        double capex = 0;
        double npv = 0;
        int accelerators = 0;
        int servers = 0;
        int racks = 0;
        for (SitePlan s : sites) {
            itKw += s.facility().itKw();
            itKwExpected += s.facility().itKwExpected();
            facilityKw += s.facility().facilityKw();
            capex += s.finance().constructionCapexUsd();
            npv += s.finance().npvUsd();
            accelerators += s.facility().accelerators();
            servers += s.facility().servers();
            racks += s.facility().racks();
        }
        double served = (97.4 * 2890.24 + 100.0 * 655.2) / (2890.24 + 655.2);
        PlanSummary summary = new PlanSummary(5, 2, 58, served, accelerators, servers, racks, itKw, itKwExpected,
                facilityKw, capex, 0, npv);
        double[] flows = new double[4];
        for (SitePlan s : sites) {
            for (int t = 0; t < flows.length; t++) {
                flows[t] += s.finance().flowsUsd()[t];
            }
        }
        List<SiteEconomics> economics = List.copyOf(economicsOfSites);
        PlanEconomics planEconomics = new PlanEconomics("colocation", "phased", flows, npv, CashFlowMetrics.irr(flows),
                CashFlowMetrics.paybackPeriods(flows),
                List.of(new StrategyOutcome("phased", npv, capex, -capex, 11, 100, 50),
                        new StrategyOutcome("all_at_once", npv - 1e6, capex, -capex, 11, 300, 50)),
                PlanRisk.tornado(economics, PlanRisk.defaultDrivers()),
                Optional.of(PlanRisk.monteCarlo(economics, PlanRisk.defaultDrivers(), 500, 42L, ProgressListener.NONE)),
                10_000, "high");

        List<Assumption> assumptions = List.of(
                new Assumption("hardware.target_utilization_pct", 80.0, "%", "default 80: ρ_max 0.8, inference-sizing §4.2"),
                new Assumption("server.nameplate_kw", SERVER_KW, "kW", "NVIDIA DGX H100 user guide: 10.2 kW max"),
                new Assumption("design.max_kw_per_rack", 40.0, "kW", "scenario (default 40: top of the 20–40 kW inference band)"),
                new Assumption("finance.capex_usd_per_mw_it", CAPEX_USD_PER_MW, "USD/MW",
                        "default 11.7 M: Cushman & Wakefield Data Center Development Cost Guide 2025"),
                new Assumption("finance.revenue_usd_per_kw_month", REVENUE_USD_PER_KW_MONTH, "USD/kW-month",
                        "default 184.06: CBRE North America wholesale colocation 250–500 kW, H2 2024"),
                new Assumption("network.route_factor", 1.6, "ratio", "default 1.6: fits of measured cloud-backbone RTTs, k = 1.53–1.66"));

        SolverReport siting = new SolverReport("max_coverage", "lagrangian-branch-and-bound", 12.5, 12.5, 0, true,
                0.02, 3, 97.9, 97.9, 61.0, "dfw-1");
        return new Plan(scenarioName, 3, 42L, "h100-sxm-80gb", "dgx-h100", summary, siting, workloads, sites,
                planEconomics,
                warnings, assumptions);
    }

    static final Throughput CHAT_THROUGHPUT = new Throughput(3105.6, Throughput.BENCHMARK, "Server", 1.0, 1.0,
            "NVIDIA DGX H100 (8x H100-SXM-80GB, TensorRT) — MLPerf Inference v5.0 Datacenter, Server scenario, result 5.0-0059",
            "v5.0", "fp8", 1, 200, 80);
    static final Throughput VISION_THROUGHPUT = new Throughput(74950.0, Throughput.BENCHMARK, "Server", 1.0, 1.0,
            "NVIDIA DGX H100 (8x H100-SXM-80GB, TensorRT) — MLPerf Inference v5.0 Datacenter, Server scenario, result 5.0-0060",
            "v5.0", "fp8", 1, 0, 0);

    private static WorkloadCapacity capacity(String id, double rps, double units, String unit, Throughput t,
                                             double planned, int servers, double utilizationPct) {
        int accelerators = servers * ACCELERATORS_PER_SERVER;
        return new WorkloadCapacity(id, rps, units, unit, t, planned, accelerators, 0, 0, accelerators, accelerators,
                servers, utilizationPct, 0.0, 0.0, servers * SERVER_KW, servers * SERVER_KW * LOAD_FRACTION, 0.25);
    }

    /**
     * One site: servers needed per year (the last is the design year), split of design-year servers between
     * the two workloads, servers per rack, cooling, PUE, power-chain capex factor (installed ÷ N+1) and power chain.
     */
    private SitePlan site(String id, String name, double lat, double lon, double powerMw, double usdPerKwh,
                                 int points, int[] serversByYear, int[] designServersByWorkload, int serversPerRack,
                                 CoolingType cooling, double pue, double powerChainFactor, PowerChain chain) {
        int servers = serversByYear[serversByYear.length - 1];
        int racks = (servers + serversPerRack - 1) / serversPerRack;
        double itKw = servers * SERVER_KW;
        double itKwExpected = itKw * LOAD_FRACTION;
        // No climate in the fixture: the detail carries the flat PUE, as for a site without climate normals.
        FacilityDetail detail = FacilityEngine.detail(cooling, racks, serversPerRack * SERVER_KW, itKw, itKwExpected,
                chain.redundancy(), Optional.empty(), pue);
        FacilityDesign facility = new FacilityDesign(servers, servers * ACCELERATORS_PER_SERVER, serversPerRack, racks,
                serversPerRack * SERVER_KW, cooling, pue, itKw, itKwExpected, itKw * pue, itKwExpected * pue, chain, detail);

        List<WorkloadCapacity> capacities = List.of(
                capacity("chat", 1000.0, 2_480_000.0, "tokens/s", CHAT_THROUGHPUT, 1739.1, designServersByWorkload[0], 71.2),
                capacity("vision", 200.0, 200.0, "samples/s", VISION_THROUGHPUT, 41972.0, designServersByWorkload[1], 1.7));

        List<YearLoad> years = new ArrayList<>();
        for (int y = 0; y < serversByYear.length; y++) {
            int n = serversByYear[y];
            double kw = n * SERVER_KW;
            years.add(new YearLoad(y, 600.0 * n / servers * (y + 1), n * ACCELERATORS_PER_SERVER, n, kw,
                    kw * LOAD_FRACTION, 0, 0, 0));
        }

        double[] required = years.stream().mapToDouble(YearLoad::itKw).toArray();
        double[] none = new double[required.length];
        SiteEconomics economics = new SiteEconomics(id, required, itKw, PhasingPolicy.defaults(),
                CapexModel.estimate(new CapexInputs(itKw, CAPEX_USD_PER_MW, cooling.isLiquid(), 8.5, powerChainFactor,
                        1.0, 1.0, 0, 0, 11.5, 7.5)),
                new OpexInputs(pue, usdPerKwh, 0, MAINTENANCE_PCT, 1, 107_300, 1.5, 0), LOAD_FRACTION,
                ACCELERATORS_PER_SERVER / SERVER_KW, 0, 5, RevenueModel.COLOCATION,
                new Prices(REVENUE_USD_PER_KW_MONTH, 2.4, 100, 0, 0), Tenancy.singleAnchor(), none, none,
                DISCOUNT_RATE_PCT, false);
        economicsOfSites.add(economics);
        SiteFinance finance = SiteFinanceModel.evaluate(economics);
        SiteFinance allAtOnce = SiteFinanceModel.evaluate(
                economics.withPhasing(PhasingPolicy.defaults().withStrategy(PhasingPolicy.Strategy.ALL_AT_ONCE)));
        List<YearLoad> phasedYears = new ArrayList<>();
        for (YearLoad y : years) {
            phasedYears.add(new YearLoad(y.year(), y.peakRequestsPerS(), y.accelerators(), y.servers(), y.itKw(),
                    y.itKwExpected(), finance.buildOut().onlineItKw()[y.year()], finance.buildOut().strandedItKw()[y.year()],
                    finance.buildOut().unmetItKw()[y.year()]));
        }


        double[] itKwExpectedByYear = years.stream().mapToDouble(YearLoad::itKwExpected).toArray();
        SiteNetwork network = new SiteNetwork(12.5, 25.0, 100.0, 1, 2,
                List.of(new NearbyIxp("DE-CIX Dallas", "Dallas", "US", lat == 32.8009 ? 2.4 : 290.1, lat == 32.8009 ? 2.1 : 6.7)));
        CommissioningPlan commissioning = CommissioningEngine.plan(facility, network, finance.buildOut().phases());
        return new SitePlan(id, name, lat, lon, powerMw, usdPerKwh, points, capacities, facility, phasedYears, finance,
                allAtOnce, commissioning, FacilityEngine.years(facility, Optional.empty(), itKwExpectedByYear), network,
                List.of(), economics);
    }
}
