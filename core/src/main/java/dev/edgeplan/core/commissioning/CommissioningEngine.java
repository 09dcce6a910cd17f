package dev.edgeplan.core.commissioning;

import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.PowerChain;

import java.util.ArrayList;
import java.util.List;

/**
 * First commissioning plan from the designed equipment: the de-facto L1–L5 ladder (factory, delivery,
 * start-up, functional, integrated systems test; shared/research/facility.md §2.15) with NFPA 110
 * generator acceptance. The commissioning issue adds procedures and acceptance criteria per item.
 */
public final class CommissioningEngine {

    /** NFPA 110 Type 10: standby power restored within 10 s. */
    static final int NFPA110_TYPE_SECONDS = 10;

    /** NFPA 110 acceptance: 2-hour full-load test of each generator. */
    static final int NFPA110_LOAD_TEST_HOURS = 2;

    private CommissioningEngine() {
    }

    public static CommissioningPlan plan(FacilityDesign facility) {
        PowerChain chain = facility.powerChain();
        String coolingUnits = facility.cooling().isLiquid() ? "coolant distribution units (CDUs) and pumps" : "CRAH / in-row cooling units";
        List<CommissioningLevel> levels = List.of(
                new CommissioningLevel("L1", "Factory witness test", List.of(
                        String.format("%d UPS modules of %.0f kW: factory load test at 100 %% rated load", chain.upsModulesInstalled(), chain.upsModuleKw()),
                        String.format("%d generators of %.0f kW: factory load test", chain.generatorsInstalled(), chain.generatorUnitKw()),
                        "Switchgear and ATS: factory functional test")),
                new CommissioningLevel("L2", "Delivery and site acceptance", List.of(
                        "Receive and inspect every UPS module, battery string, generator, switchgear line-up and " + coolingUnits,
                        String.format("Racks: %d delivered, %.1f kW design density each", facility.racks(), facility.kwPerRack()))),
                new CommissioningLevel("L3", "Pre-functional and start-up", List.of(
                        "Energize switchgear, transformers and UPS; verify phase rotation and protective settings",
                        "Start each generator; check fuel, coolant and alarms",
                        "Start " + coolingUnits + "; verify flows and set points")),
                new CommissioningLevel("L4", "Functional performance", List.of(
                        String.format("Each generator: start and accept load within %d s (NFPA 110 Type 10), then %d h at full load",
                                NFPA110_TYPE_SECONDS, NFPA110_LOAD_TEST_HOURS),
                        "Each UPS module: transfer to battery and back without dropping the load",
                        String.format("Cooling: hold supply temperature at %.0f kW of load bank", facility.itKw()))),
                new CommissioningLevel("L5", "Integrated systems test", istScenarios(facility)));
        String loadBankType = facility.cooling().isLiquid() ? "liquid" : "air";
        return new CommissioningPlan(levels, facility.itKw(), loadBankType);
    }

    static List<String> istScenarios(FacilityDesign facility) {
        PowerChain chain = facility.powerChain();
        List<String> scenarios = new ArrayList<>();
        scenarios.add("Utility outage at full load bank: generators start and carry the load within 10 s; UPS bridges the gap");
        switch (chain.redundancy()) {
            case N_PLUS_1 -> {
                scenarios.add("Fail any one UPS module at full load: the remaining modules carry the load");
                scenarios.add("Fail any one generator during a utility outage: the remaining generators carry the load");
            }
            case TWO_N -> scenarios.add("Open the whole A path (switchgear, UPS, PDU) at full load: the B path carries the load");
            case N -> scenarios.add("N topology: record that a single UPS or generator failure drops load (no redundancy to test)");
        }
        scenarios.add(facility.cooling().isLiquid()
                ? "Fail one CDU pump: standby pump keeps supply temperature within the liquid class"
                : "Fail one cooling unit: the rest hold supply air within ASHRAE recommended range");
        return scenarios;
    }
}
