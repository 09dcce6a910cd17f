package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.scenario.HeatRejection;

/**
 * Direct-to-chip liquid loop: the captured share of IT heat goes through CDUs to warm facility water rejected by
 * dry coolers, adiabatic dry coolers or cooling towers ({@link HeatRejection}), with a compressor trim when the
 * free-cooling source is warmer than the loop's return. edgeplan's own model in the Lei &amp; Masanet style (same
 * fan, pump, chiller and free-fraction laws; {@code plant} carries the tower and chiller parameters).
 *
 * @param heatCaptureFraction share of IT heat into the liquid (the rest stays in the room air)
 * @param supplyWaterC        facility water supply temperature (ASHRAE W32 class: ≤ 32 °C)
 * @param waterDeltaTK        facility water temperature rise
 * @param dryCoolerApproachK  dry cooler leaving water − entering air
 */
public record LiquidLoop(double heatCaptureFraction, double supplyWaterC, double waterDeltaTK, double dryCoolerApproachK,
                         double dryCoolerAirDeltaTK, double dryCoolerFanPa, double dryCoolerFanEfficiency,
                         double loopPumpPa, double loopPumpEfficiency, TowerPlant plant) {

    /**
     * Power of the liquid loop carrying {@code liquidHeatKw} (the load record carries that heat as IT) with the
     * given heat rejection; towers use the plate heat-exchanger approach of the room-air plant.
     */
    public PlantPower power(double liquidHeatKw, double dryBulbC, double wetBulbC, double pressurePa,
                            HeatRejection rejection, double heatExchangerApproachK) {
        double waterFlow = Machines.waterFlowKgPerS(liquidHeatKw, waterDeltaTK);
        // CDU secondary loop and facility water loop: two pumps of the same head.
        double pumpKw = 2.0 * Machines.pumpKw(waterFlow, loopPumpPa, loopPumpEfficiency);
        ElectricalLoad load = new ElectricalLoad(liquidHeatKw, 0, 0, 0);
        if (rejection == HeatRejection.COOLING_TOWER) {
            double free = WatersideEconomizer.freeFraction(wetBulbC + plant.towerApproachK() + heatExchangerApproachK,
                    supplyWaterC, supplyWaterC + waterDeltaTK);
            double[] t = Machines.chillerAndTowers(liquidHeatKw * (1.0 - free), liquidHeatKw * free, wetBulbC, dryBulbC,
                    pressurePa, plant);
            return new PlantPower(load, 0.0, 0.0, pumpKw, t[0], t[1], t[2], t[3], free, t[4]);
        }
        DryCooler.Result r = dryCooler().reject(liquidHeatKw, supplyWaterC, supplyWaterC + waterDeltaTK, dryBulbC,
                wetBulbC, pressurePa, rejection == HeatRejection.ADIABATIC_DRY_COOLER, plant);
        return new PlantPower(load, 0.0, 0.0, pumpKw, r.chillerKw(), 0.0, 0.0, r.fanKw(), r.free(), r.padWaterKgPerS());
    }

    public DryCooler dryCooler() {
        return new DryCooler(dryCoolerApproachK, dryCoolerAirDeltaTK, dryCoolerFanPa, dryCoolerFanEfficiency);
    }
}
