package dev.edgeplan.core;

import dev.edgeplan.core.finance.PlanRisk;
import dev.edgeplan.core.finance.capex.CapexDefaults;
import dev.edgeplan.core.finance.opex.OpexDefaults;
import dev.edgeplan.core.finance.revenue.RevenueDefaults;
import dev.edgeplan.core.finance.revenue.RevenueModel;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.phasing.PhasingPolicy;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.CoolingPreference;
import dev.edgeplan.core.scenario.CostTerms;
import dev.edgeplan.core.scenario.Demand;
import dev.edgeplan.core.scenario.DemandPointSpec;
import dev.edgeplan.core.scenario.DesignPolicy;
import dev.edgeplan.core.scenario.FinanceAssumptions;
import dev.edgeplan.core.scenario.HardwareChoice;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.core.scenario.RevenueTerms;
import dev.edgeplan.core.scenario.RiskAssumptions;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.core.scenario.ScenarioDefaults;
import dev.edgeplan.core.scenario.Serving;
import dev.edgeplan.core.scenario.Sites;
import dev.edgeplan.core.scenario.Workload;
import dev.edgeplan.core.scenario.WorkloadKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Scenario builders for core tests. */
public final class Scenarios {

    private Scenarios() {
    }

    public static Workload chat(double requestsPerS, double growthPct, double sloMs) {
        return new Workload("chat", WorkloadKind.LLM, "llama2-70b", 1155, 211, OptionalDouble.empty(),
                OptionalDouble.of(requestsPerS), 1.0, growthPct, sloMs, 0.0, AccessType.FIBER, 2000, 200, 99,
                ScenarioDefaults.ARRIVAL_CV2, ScenarioDefaults.SERVICE_CV2, Serving.ONLINE, 0, 0);
    }

    /** The same chat workload with other limits and spares. */
    public static Workload chat(double requestsPerS, double ttftMs, double tpotMs, int spareReplicas) {
        Workload w = chat(requestsPerS, 0, 50);
        return new Workload(w.id(), w.kind(), w.model(), w.inputTokensPerRequest(), w.outputTokensPerRequest(),
                w.requestsPerUserPerDay(), w.requestsPerS(), w.peakToAverage(), w.annualGrowthPct(), w.latencySloMs(),
                w.serviceTimeMs(), w.access(), ttftMs, tpotMs, w.sloPercentile(), w.arrivalCv2(), w.serviceCv2(),
                w.serving(), w.tensorParallel(), spareReplicas);
    }

    /** Image classification on ResNet-50 with {@code serviceTimeMs} of the SLO spent inside the site. */
    public static Workload vision(double requestsPerS, double serviceTimeMs) {
        return new Workload("vision", WorkloadKind.VISION, "resnet50", 0, 0, OptionalDouble.empty(),
                OptionalDouble.of(requestsPerS), 1.0, 0, 20, serviceTimeMs, AccessType.FIBER, 0, 0, 99,
                ScenarioDefaults.ARRIVAL_CV2, ScenarioDefaults.SERVICE_CV2, Serving.ONLINE, 0, 0);
    }

    public static DesignPolicy design(Redundancy redundancy, double maxKwPerRack) {
        return new DesignPolicy(redundancy, maxKwPerRack, CoolingPreference.AUTO,
                ScenarioDefaults.AIR_MAX_KW_PER_RACK, ScenarioDefaults.CONTAINMENT_MAX_KW_PER_RACK);
    }

    public static FinanceAssumptions finance() {
        return new FinanceAssumptions(ScenarioDefaults.CAPEX_USD_PER_MW_IT, ScenarioDefaults.LIQUID_COOLING_PREMIUM_PCT,
                ScenarioDefaults.POWER_PRICE_USD_PER_KWH, ScenarioDefaults.DISCOUNT_RATE_PCT,
                ScenarioDefaults.REVENUE_USD_PER_KW_MONTH, ScenarioDefaults.MAINTENANCE_PCT_OF_CAPEX_PER_YEAR,
                new RevenueTerms(RevenueModel.COLOCATION, RevenueDefaults.USD_PER_GPU_HOUR,
                        RevenueDefaults.GPU_HOURS_SOLD_PCT, OptionalDouble.empty(), 0, OptionalDouble.empty(),
                        RevenueDefaults.IT_REFRESH_YEARS),
                new CostTerms(CapexDefaults.SOFT_COST_PCT, CapexDefaults.CONTINGENCY_PCT, CapexDefaults.SCALE_MULTIPLIER,
                        0, CapexDefaults.LAND_USD_PER_ACRE, CostTerms.Staffing.REMOTE, OpexDefaults.USD_PER_FTE_YEAR,
                        OpexDefaults.INSURANCE_TAX_PCT_OF_CAPEX_PER_YEAR, 0, 0, true),
                List.of());
    }

    /** The default risk drivers with few draws, so plans in tests stay quick. */
    public static RiskAssumptions risk() {
        return new RiskAssumptions(200, PlanRisk.defaultDrivers());
    }

    public static CandidateSite site(String id, double lat, double lon, double powerMw) {
        return new CandidateSite(id, id, lat, lon, powerMw, 0.08, 1.0, Optional.empty(), 0.0);
    }

    /** One demand point at Dallas and one candidate 20 km away, chat at {@code requestsPerS}. */
    public static Scenario dallas(double requestsPerS, Redundancy redundancy) {
        Demand demand = new Demand(Optional.empty(),
                List.of(new DemandPointSpec("dallas", "Dallas", 32.7767, -96.7970, 1_000_000, Map.of())), Map.of());
        Sites sites = new Sites(List.of(site("garland", 32.9126, -96.6389, 20)), OptionalInt.empty());
        return new Scenario("dallas", 3, 1, List.of(chat(requestsPerS, 0, 50)), demand, sites,
                new HardwareChoice("h200-sxm", "dgx-h200", 80, 70), design(redundancy, 40), finance(),
                LatencyModel.defaults(), PhasingPolicy.defaults(), risk());
    }
}
