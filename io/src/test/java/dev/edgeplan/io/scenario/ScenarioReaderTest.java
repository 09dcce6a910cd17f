package dev.edgeplan.io.scenario;

import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.finance.PlanRisk;
import dev.edgeplan.core.finance.capex.CapexDefaults;
import dev.edgeplan.core.finance.opex.OpexDefaults;
import dev.edgeplan.core.finance.revenue.RevenueDefaults;
import dev.edgeplan.core.finance.revenue.RevenueModel;
import dev.edgeplan.core.network.LatencyDefaults;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.phasing.PhasingPolicy;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.CandidateCities;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.CitiesFilter;
import dev.edgeplan.core.scenario.CoolingPreference;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.CostTerms;
import dev.edgeplan.core.scenario.Demand;
import dev.edgeplan.core.scenario.DemandPointSpec;
import dev.edgeplan.core.scenario.DesignPolicy;
import dev.edgeplan.core.scenario.Distributed;
import dev.edgeplan.core.scenario.FinanceAssumptions;
import dev.edgeplan.core.scenario.HardwareChoice;
import dev.edgeplan.core.scenario.HeatRejection;
import dev.edgeplan.core.scenario.LatencyPercentile;
import dev.edgeplan.core.scenario.NetworkAssumptions;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.core.scenario.RevenueTerms;
import dev.edgeplan.core.scenario.RiskAssumptions;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.core.scenario.ScenarioDefaults;
import dev.edgeplan.core.scenario.Serving;
import dev.edgeplan.core.scenario.Sites;
import dev.edgeplan.core.scenario.Workload;
import dev.edgeplan.core.scenario.WorkloadKind;
import dev.edgeplan.io.catalog.CatalogLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioReaderTest {

    static final RevenueTerms DEFAULT_REVENUE = new RevenueTerms(RevenueModel.COLOCATION, RevenueDefaults.USD_PER_GPU_HOUR,
            RevenueDefaults.GPU_HOURS_SOLD_PCT, OptionalDouble.empty(), 0, OptionalDouble.empty(),
            RevenueDefaults.IT_REFRESH_YEARS);
    static final CostTerms DEFAULT_COSTS = new CostTerms(CapexDefaults.SOFT_COST_PCT, CapexDefaults.CONTINGENCY_PCT,
            CapexDefaults.SCALE_MULTIPLIER, 0, CapexDefaults.LAND_USD_PER_ACRE, CostTerms.Staffing.REMOTE,
            OpexDefaults.USD_PER_FTE_YEAR, OpexDefaults.INSURANCE_TAX_PCT_OF_CAPEX_PER_YEAR, 0, 0, true);

    static final String MINIMAL = """
            name: t
            workloads:
              - id: chat
                model: llama2-70b
                requests_per_s: 10
                latency_slo_ms: 50
            demand:
              cities: {countries: [US]}
            sites:
              candidates:
                - {id: a, lat: 32.9, lon: -96.6, power_available_mw: 5}
            hardware:
              accelerator: h100-sxm
            """;

    private final ScenarioReader reader = new ScenarioReader(TestCatalog.catalog());

    static Path resource(String name) {
        try {
            return Path.of(ScenarioReaderTest.class.getResource("/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fullScenarioBecomesTheExpectedRecords() {
        ScenarioResult result = reader.read(resource("full.yaml"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.scenario()).contains(expectedFull());
    }

    @Test
    void jsonGivesTheSameScenarioAsYaml() {
        ScenarioResult yaml = reader.read(resource("full.yaml"));
        ScenarioResult json = reader.read(resource("full.json"));

        assertThat(json.problems()).isEmpty();
        assertThat(json.scenario()).isPresent().isEqualTo(yaml.scenario());
    }

    @Test
    void tabIndentedJsonIsRead() throws IOException {
        String json = Files.readString(resource("full.json")).replace("  ", "\t");
        ScenarioResult result = reader.read(json, "tabs.json", resource("full.json").getParent());

        assertThat(result.problems()).isEmpty();
        assertThat(result.scenario()).contains(expectedFull());
    }

    @Test
    void examplesReadWithTheBundledCatalog() throws IOException {
        Path examples = Path.of("..", "examples");
        Assumptions.assumeTrue(Files.isDirectory(examples), "no examples folder");
        ScenarioReader bundled = new ScenarioReader(CatalogLoader.loadBundled());
        try (Stream<Path> files = Files.list(examples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                assertThat(bundled.read(file).problems()).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void absentFieldsTakeTheDocumentedDefaults() {
        Scenario s = reader.read(MINIMAL, "minimal.yaml", null).scenario().orElseThrow();

        assertThat(s.horizonYears()).isEqualTo(ScenarioDefaults.HORIZON_YEARS);
        assertThat(s.seed()).isEqualTo(ScenarioDefaults.SEED);
        Workload w = s.workloads().get(0);
        assertThat(w.kind()).isEqualTo(WorkloadKind.LLM);
        assertThat(w.inputTokensPerRequest()).isEqualTo(1155);
        assertThat(w.outputTokensPerRequest()).isEqualTo(211);
        assertThat(w.peakToAverage()).isEqualTo(ScenarioDefaults.PEAK_TO_AVERAGE);
        assertThat(w.annualGrowthPct()).isEqualTo(ScenarioDefaults.ANNUAL_GROWTH_PCT);
        assertThat(w.serviceTimeMs()).isEqualTo(ScenarioDefaults.SERVICE_TIME_MS);
        assertThat(w.access()).isEqualTo(ScenarioDefaults.ACCESS);
        assertThat(w.ttftMs()).isEqualTo(TestCatalog.LLAMA2_70B.serverTtftMs()).isEqualTo(2000);
        assertThat(w.tpotMs()).isEqualTo(TestCatalog.LLAMA2_70B.serverTpotMs()).isEqualTo(200);
        assertThat(w.sloPercentile()).isEqualTo(ScenarioDefaults.SLO_PERCENTILE);
        assertThat(w.arrivalCv2()).isEqualTo(ScenarioDefaults.ARRIVAL_CV2);
        assertThat(w.serviceCv2()).isEqualTo(ScenarioDefaults.SERVICE_CV2);
        assertThat(w.serving()).isEqualTo(Serving.ONLINE);
        assertThat(w.tensorParallel()).isZero();
        assertThat(w.spareReplicas()).isEqualTo(ScenarioDefaults.SPARE_REPLICAS);
        assertThat(s.demand().cities()).contains(new CitiesFilter(List.of("US"), List.of(), 0, Optional.empty()));
        assertThat(s.demand().sharePct()).isEmpty();
        assertThat(s.sites().candidates()).containsExactly(new CandidateSite("a", "a", 32.9, -96.6, 5,
                ScenarioDefaults.POWER_PRICE_USD_PER_KWH, ScenarioDefaults.BUILD_COST_INDEX, Optional.empty(), 0.0));
        assertThat(s.sites().maxSites()).isEmpty();
        assertThat(s.hardware()).isEqualTo(new HardwareChoice("h100-sxm", "dgx-h100",
                ScenarioDefaults.TARGET_UTILIZATION_PCT, ScenarioDefaults.SOFTWARE_EFFICIENCY_PCT));
        assertThat(s.design()).isEqualTo(new DesignPolicy(ScenarioDefaults.REDUNDANCY, ScenarioDefaults.MAX_KW_PER_RACK,
                CoolingPreference.AUTO, ScenarioDefaults.AIR_MAX_KW_PER_RACK,
                ScenarioDefaults.CONTAINMENT_MAX_KW_PER_RACK));
        assertThat(s.finance()).isEqualTo(new FinanceAssumptions(ScenarioDefaults.CAPEX_USD_PER_MW_IT,
                ScenarioDefaults.LIQUID_COOLING_PREMIUM_PCT, ScenarioDefaults.POWER_PRICE_USD_PER_KWH,
                ScenarioDefaults.DISCOUNT_RATE_PCT, ScenarioDefaults.REVENUE_USD_PER_KW_MONTH,
                ScenarioDefaults.MAINTENANCE_PCT_OF_CAPEX_PER_YEAR, DEFAULT_REVENUE, DEFAULT_COSTS, List.of()));
        assertThat(s.phasing()).isEqualTo(PhasingPolicy.defaults());
        assertThat(s.risk()).isEqualTo(new RiskAssumptions(PlanRisk.DEFAULT_DRAWS, PlanRisk.defaultDrivers()));
        assertThat(s.network()).isEqualTo(LatencyModel.defaults());
    }

    private Workload onlyWorkload(ScenarioReader r, String text) {
        ScenarioResult result = r.read(text, "w.yaml", null);
        assertThat(result.problems()).isEmpty();
        return result.scenario().orElseThrow().workloads().get(0);
    }

    private static String withWorkloadKeys(String keys) {
        return MINIMAL.replace("    latency_slo_ms: 50\n", "    latency_slo_ms: 50\n" + keys.indent(4));
    }

    @Test
    void explicitServingFieldsAreRead() {
        Workload w = onlyWorkload(reader, withWorkloadKeys("""
                ttft_ms: 450
                tpot_ms: 40.5
                slo_percentile: 99.9
                arrival_cv2: 173
                service_cv2: 0
                serving: online
                tensor_parallel: 8
                spare_replicas: 0
                """));

        assertThat(w.ttftMs()).isEqualTo(450);
        assertThat(w.tpotMs()).isEqualTo(40.5);
        assertThat(w.sloPercentile()).isEqualTo(99.9);
        assertThat(w.arrivalCv2()).isEqualTo(173);
        assertThat(w.serviceCv2()).isZero();
        assertThat(w.serving()).isEqualTo(Serving.ONLINE);
        assertThat(w.tensorParallel()).isEqualTo(8);
        assertThat(w.spareReplicas()).isZero();
    }

    @Test
    void onlyOneLimitGivenTakesTheOtherFromTheModel() {
        Workload w = onlyWorkload(reader, withWorkloadKeys("tpot_ms: 40\n"));

        assertThat(w.ttftMs()).isEqualTo(2000);
        assertThat(w.tpotMs()).isEqualTo(40);
    }

    @Test
    void rangeBoundsAreAccepted() {
        Workload low = onlyWorkload(reader, withWorkloadKeys(
                "slo_percentile: 50\narrival_cv2: 0\ntensor_parallel: 1\nspare_replicas: 0\n"));
        Workload high = onlyWorkload(reader, withWorkloadKeys(
                "slo_percentile: 99.99\ntensor_parallel: 72\nspare_replicas: 16\n"));

        assertThat(low.sloPercentile()).isEqualTo(50);
        assertThat(low.arrivalCv2()).isZero();
        assertThat(low.tensorParallel()).isEqualTo(1);
        assertThat(low.spareReplicas()).isZero();
        assertThat(high.sloPercentile()).isEqualTo(99.99);
        assertThat(high.tensorParallel()).isEqualTo(72);
        assertThat(high.spareReplicas()).isEqualTo(16);
    }

    @Test
    void offlineServingHasNoLatencyLimits() {
        Workload w = onlyWorkload(reader, withWorkloadKeys("serving: offline\n"));

        assertThat(w.serving()).isEqualTo(Serving.OFFLINE);
        assertThat(w.ttftMs()).isZero();
        assertThat(w.tpotMs()).isZero();
        assertThat(w.sloPercentile()).isEqualTo(ScenarioDefaults.SLO_PERCENTILE);
        assertThat(w.spareReplicas()).isEqualTo(ScenarioDefaults.SPARE_REPLICAS);
    }

    @Test
    void modelWithoutServerLimitsGivesZeroMeaningNoLimit() {
        ModelProfile noLimits = new ModelProfile("mixtral-8x7b", "Mixtral 8x7B", WorkloadKind.LLM, "mixtral-8x7b",
                1000, 150, 46.7, 12.9, 32, 8, 128, 2048, 0, 0, 0, 0, 0, 0, 0, 4096, "test");
        ScenarioReader r = new ScenarioReader(TestCatalog.withModels(noLimits));

        Workload defaults = onlyWorkload(r, MINIMAL.replace("model: llama2-70b", "model: mixtral-8x7b"));
        Workload given = onlyWorkload(r, withWorkloadKeys("ttft_ms: 800\n")
                .replace("model: llama2-70b", "model: mixtral-8x7b"));

        assertThat(defaults.ttftMs()).isZero();
        assertThat(defaults.tpotMs()).isZero();
        assertThat(given.ttftMs()).isEqualTo(800);
        assertThat(given.tpotMs()).isZero();
    }

    @Test
    void nonLlmWorkloadHasNoTokenLimitsButTheOtherDefaults() {
        Workload w = onlyWorkload(reader, MINIMAL.replace("model: llama2-70b", "model: resnet50"));

        assertThat(w.ttftMs()).isZero();
        assertThat(w.tpotMs()).isZero();
        assertThat(w.sloPercentile()).isEqualTo(ScenarioDefaults.SLO_PERCENTILE);
        assertThat(w.arrivalCv2()).isEqualTo(ScenarioDefaults.ARRIVAL_CV2);
        assertThat(w.serviceCv2()).isEqualTo(ScenarioDefaults.SERVICE_CV2);
        assertThat(w.serving()).isEqualTo(Serving.ONLINE);
        assertThat(w.tensorParallel()).isZero();
        assertThat(w.spareReplicas()).isEqualTo(ScenarioDefaults.SPARE_REPLICAS);
    }

    @Test
    void byteOrderMarkIsAccepted() {
        ScenarioResult result = reader.read("\uFEFF" + MINIMAL, "bom.yaml", null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.scenario()).isPresent();
    }

    @Test
    void integralFloatsAndHexAreIntegers() {
        String text = MINIMAL + "horizon_years: 12.0\nseed: 0x2A\n";

        Scenario s = reader.read(text, "ints.yaml", null).scenario().orElseThrow();

        assertThat(s.horizonYears()).isEqualTo(12);
        assertThat(s.seed()).isEqualTo(42);
    }

    @Test
    void siteWithoutPriceTakesTheFinanceDefault() {
        String text = MINIMAL + "finance: {default_power_price_usd_per_kwh: 0.05}\n";

        Scenario s = reader.read(text, "price.yaml", null).scenario().orElseThrow();

        assertThat(s.sites().candidates().get(0).powerPriceUsdPerKwh()).isEqualTo(0.05);
    }

    @Test
    void redundancyIsCaseInsensitiveAndCoolingMayBeFixed() {
        String text = MINIMAL + "design: {redundancy: n, cooling: air_containment}\n";

        DesignPolicy d = reader.read(text, "d.yaml", null).scenario().orElseThrow().design();

        assertThat(d.redundancy()).isEqualTo(Redundancy.N);
        assertThat(d.cooling()).isEqualTo(CoolingPreference.of(CoolingType.AIR_CONTAINMENT));
    }

    @Test
    void heatRejectionDefaultsToAutoAndMayBeFixedWithImmersion() {
        DesignPolicy byDefault = reader.read(MINIMAL, "d.yaml", null).scenario().orElseThrow().design();
        String text = MINIMAL + "design: {cooling: immersion, heat_rejection: adiabatic_dry_cooler}\n";
        DesignPolicy fixed = reader.read(text, "d.yaml", null).scenario().orElseThrow().design();

        assertThat(byDefault.heatRejection()).isEmpty();
        assertThat(fixed.heatRejection()).contains(HeatRejection.ADIABATIC_DRY_COOLER);
        assertThat(fixed.cooling()).isEqualTo(CoolingPreference.of(CoolingType.IMMERSION));
    }

    @Test
    void distributedRedundancyReadsItsBlocks() {
        String text = MINIMAL + "design: {redundancy: distributed, distributed_systems: 3, distributed_needed: 2}\n";
        DesignPolicy d = reader.read(text, "d.yaml", null).scenario().orElseThrow().design();
        DesignPolicy byDefault = reader.read(MINIMAL + "design: {redundancy: distributed}\n", "d.yaml", null)
                .scenario().orElseThrow().design();

        assertThat(d.redundancy()).isEqualTo(Redundancy.DISTRIBUTED);
        assertThat(d.distributed()).isEqualTo(new Distributed(3, 2));
        assertThat(byDefault.distributed()).isEqualTo(Distributed.FOUR_MAKE_THREE);
    }

    static Scenario expectedFull() {
        Workload chat = new Workload("chat", WorkloadKind.LLM, "llama2-70b", 1000, 200, OptionalDouble.of(20),
                OptionalDouble.empty(), 1.8, 25, 50, 10, AccessType.CABLE, 1500, 150, 95, 2.5, 0.8, Serving.ONLINE, 4,
                2);
        Workload vision = new Workload("vision", WorkloadKind.VISION, "resnet50", 0, 0, OptionalDouble.empty(),
                OptionalDouble.empty(), ScenarioDefaults.PEAK_TO_AVERAGE, 0, 30, 0, AccessType.PRIVATE, 0, 0,
                ScenarioDefaults.SLO_PERCENTILE, ScenarioDefaults.ARRIVAL_CV2, ScenarioDefaults.SERVICE_CV2,
                Serving.OFFLINE, 0, 0);
        Demand demand = new Demand(
                Optional.of(new CitiesFilter(List.of("US"), List.of("Texas"), 50_000,
                        Optional.of(new CitiesFilter.Circle(32.78, -96.8, 80)), OptionalDouble.of(25))),
                List.of(new DemandPointSpec("plant-1", "Plant 1", 32.9, -97.0, 0, Map.of("vision", 400.0)),
                        new DemandPointSpec("plant-2", "Plant 2, North", 33.0, -96.7, 0, Map.of("vision", 250.0)),
                        new DemandPointSpec("fort-worth", "fort-worth", 32.75, -97.33, 900_000, Map.of())),
                Map.of("chat", 30.0));
        Sites sites = new Sites(List.of(
                new CandidateSite("dfw-1", "Dallas – Garland", 32.91, -96.64, 5, 0.066, 1.05,
                        Optional.of("Dallas-Fort Worth"), 1.5),
                new CandidateSite("ftw-1", "Fort Worth, \"Alliance\"", 32.99, -97.32, 3, 0.07, 1.0, Optional.empty(),
                        0.0)),
                OptionalInt.of(2),
                Optional.of(new CandidateCities(new CitiesFilter(List.of("US"), List.of("Oklahoma"), 100_000,
                        Optional.of(new CitiesFilter.Circle(35.47, -97.52, 150)), OptionalDouble.of(50)), 3, 0.065, 0.95,
                        0.5)));
        return new Scenario("Dallas consumer chat", 12, 42, List.of(chat, vision), demand, sites,
                new HardwareChoice("h100-sxm", "dgx-h100", 75, 60),
                new DesignPolicy(Redundancy.TWO_N, 45, CoolingPreference.of(CoolingType.DIRECT_TO_CHIP), 18, 30),
                new FinanceAssumptions(12_000_000, 9, 0.07, 8, 190, 2.5, DEFAULT_REVENUE, DEFAULT_COSTS, List.of()),
                new NetworkAssumptions(200, 1.7, 4, 2.2, 8, Map.of(AccessType.FIVE_G, 20.0),
                        Map.of(AccessType.FIVE_G, 35.0, AccessType.LTE, 70.0), LatencyPercentile.MEDIAN),
                PhasingPolicy.defaults(), new RiskAssumptions(PlanRisk.DEFAULT_DRAWS, PlanRisk.defaultDrivers()));
    }
}
