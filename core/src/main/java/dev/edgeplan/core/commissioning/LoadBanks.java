package dev.edgeplan.core.commissioning;

import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.cooling.CoolingPlantDefaults;
import dev.edgeplan.core.facility.power.EquipmentItem;

import java.util.ArrayList;
import java.util.List;

/**
 * Load banks of a phase: the hall bank equals the phase's IT kW, split air/liquid by the cooling type's heat capture
 * share (cold plates 80 %, immersion 95 %); generators are loaded one at a time for the NFPA 110 run, UPS modules one at a time for the battery
 * discharge; then the IST steps, heat run and failure scenarios at full hall load.
 */
final class LoadBanks {

    private LoadBanks() {
    }

    static LoadBankPlan plan(FacilityDesign design, List<EquipmentItem> added, double addedItKw,
                             List<IstScenario> scenarios, double mechanicalL4Hours) {
        double liquidShare = CoolingPlantDefaults.heatCapture(design.cooling());
        double liquidKw = addedItKw * liquidShare;
        double airKw = addedItKw - liquidKw;
        int generators = IstScenarios.count(added, "generator");
        int upsModules = IstScenarios.count(added, "ups_module");
        double generatorKw = generators > 0 ? design.powerChain().generatorUnitKw() : 0.0;
        double upsKw = upsModules > 0 ? design.powerChain().upsModuleKw() : 0.0;
        List<LoadBankPlan.Step> steps = new ArrayList<>();
        if (generators > 0) {
            steps.add(new LoadBankPlan.Step(CxLevel.L4, "generator NFPA 110 run, one generator at a time", generatorKw,
                    0.0, generators * CommissioningDefaults.NFPA110_ACCEPTANCE_H));
        }
        if (upsModules > 0) {
            steps.add(new LoadBankPlan.Step(CxLevel.L4, "UPS module battery discharge, one module at a time", upsKw, 0.0,
                    upsModules * design.detail().electrical().batteryMinutes() / 60.0));
        }
        if (mechanicalL4Hours > 0) {
            steps.add(new LoadBankPlan.Step(CxLevel.L4, "cooling capacity at design heat", airKw, liquidKw,
                    mechanicalL4Hours));
        }
        for (double share : CommissioningDefaults.IST_LOAD_STEPS) {
            steps.add(new LoadBankPlan.Step(CxLevel.L5, String.format("IST step load %.0f %%", share * 100.0),
                    airKw * share, liquidKw * share, CommissioningDefaults.IST_STEP_HOURS));
        }
        steps.add(new LoadBankPlan.Step(CxLevel.L5, "IST heat run at 100 %", airKw, liquidKw,
                CommissioningDefaults.IST_HEAT_RUN_H));
        double scenarioHours = scenarios.stream().mapToDouble(IstScenario::hours).sum();
        if (scenarioHours > 0) {
            steps.add(new LoadBankPlan.Step(CxLevel.L5, "IST failure scenarios at 100 %", airKw, liquidKw, scenarioHours));
        }
        return new LoadBankPlan(airKw, liquidKw, generatorKw, upsKw, steps);
    }
}
