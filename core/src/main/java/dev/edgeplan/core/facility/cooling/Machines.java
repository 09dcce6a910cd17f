package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.Psychrometrics;

/** Fan, pump and chiller power laws of the Lei &amp; Masanet model (Energy 201, 2020, equations in section 2). */
public final class Machines {

    /** Specific heat of water used for loop flows, kJ/(kg·K). */
    static final double WATER_CP_KJ_PER_KG_K = 4.2;
    static final double WATER_DENSITY_KG_PER_M3 = 1000.0;

    private Machines() {
    }

    /** Fan power, kW: volume flow × pressure rise ÷ efficiency. */
    public static double fanKw(double massFlowKgPerS, double densityKgPerM3, double pressurePa, double efficiency) {
        return massFlowKgPerS / densityKgPerM3 * pressurePa / efficiency / 1000.0;
    }

    /** Water pump power, kW. */
    public static double pumpKw(double massFlowKgPerS, double pressurePa, double efficiency) {
        return pressurePa * massFlowKgPerS / (1000.0 * efficiency * WATER_DENSITY_KG_PER_M3);
    }

    /** Water mass flow carrying this heat at this temperature difference, kg/s. */
    public static double waterFlowKgPerS(double heatKw, double deltaTK) {
        return heatKw / (WATER_CP_KJ_PER_KG_K * deltaTK);
    }

    /**
     * Water-cooled chiller COP regression of Lei &amp; Masanet: L = part-load fraction, t = entering condenser
     * water (wet bulb + tower approach), °C. t is capped at 40 °C, beyond the regression's data, where its
     * quadratic term would turn COP back up.
     */
    public static double chillerCop(double partLoad, double condenserC, double copOffset) {
        double t = Math.min(condenserC, 40.0);
        double cop = 16.798751 + 0.008840 * t * t - 8.528931 * partLoad * partLoad + 9.885294 * partLoad
                - 0.760621 * t + 0.084615 * partLoad * t;
        return cop * (1.0 + copOffset);
    }

    /**
     * Chiller, chilled-water pump, tower pump and tower fan for the heat the chiller removes plus the heat
     * the towers reject directly (waterside economizer), with tower evaporation.
     */
    static double[] chillerAndTowers(double chillerHeatKw, double directTowerHeatKw, double wetBulbC, double dryBulbC,
                                     double pressurePa, TowerPlant p) {
        double chillerKw = chillerHeatKw / chillerCop(p.chillerPartLoad(), wetBulbC + p.towerApproachK(), p.copOffset());
        double chilledWaterPumpKw = pumpKw(waterFlowKgPerS(chillerHeatKw, p.chilledWaterDeltaTK()),
                p.chilledWaterPumpPa(), p.chilledWaterPumpEfficiency());
        double towerHeatKw = directTowerHeatKw + chillerHeatKw + chillerKw;
        double towerFlow = waterFlowKgPerS(towerHeatKw, p.towerRangeK());
        double towerPumpKw = pumpKw(towerFlow, p.towerPumpPa(), p.towerPumpEfficiency());
        double towerFanKw = fanKw(towerFlow / p.liquidToGas(), Psychrometrics.airDensityKgPerM3(dryBulbC, pressurePa),
                p.towerFanPa(), p.towerFanEfficiency());
        double evaporationKgPerS = towerHeatKw / Psychrometrics.latentHeatKjPerKg(wetBulbC + p.towerApproachK());
        return new double[] {chillerKw, chilledWaterPumpKw, towerPumpKw, towerFanKw, evaporationKgPerS};
    }
}
