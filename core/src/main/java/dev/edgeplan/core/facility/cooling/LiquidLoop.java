package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.Psychrometrics;

/**
 * Direct-to-chip liquid loop: the captured share of IT heat goes through CDUs to warm facility water rejected by
 * dry coolers (no water use), with a compressor trim when the dry bulb + dry-cooler approach exceeds the loop's
 * return temperature. edgeplan's own model in the Lei &amp; Masanet style (same fan, pump and free-fraction laws).
 *
 * @param heatCaptureFraction share of IT heat into the liquid (the rest stays in the room air)
 * @param supplyWaterC        facility water supply temperature (ASHRAE W32 class: ≤ 32 °C)
 * @param waterDeltaTK        facility water temperature rise
 * @param dryCoolerApproachK  dry cooler leaving water − entering air
 */
public record LiquidLoop(double heatCaptureFraction, double supplyWaterC, double waterDeltaTK, double dryCoolerApproachK,
                         double dryCoolerAirDeltaTK, double dryCoolerFanPa, double dryCoolerFanEfficiency,
                         double loopPumpPa, double loopPumpEfficiency, TowerPlant trimChiller) {

    /** Power of the liquid loop carrying {@code liquidHeatKw}; the load record carries that heat as IT. */
    public PlantPower power(double liquidHeatKw, double dryBulbC, double pressurePa) {
        double free = WatersideEconomizer.freeFraction(dryBulbC + dryCoolerApproachK, supplyWaterC,
                supplyWaterC + waterDeltaTK);
        double chillerHeatKw = liquidHeatKw * (1.0 - free);
        double chillerKw = chillerHeatKw / Machines.chillerCop(trimChiller.chillerPartLoad(), dryBulbC + dryCoolerApproachK,
                trimChiller.copOffset());
        double waterFlow = Machines.waterFlowKgPerS(liquidHeatKw, waterDeltaTK);
        // CDU secondary loop and facility water loop: two pumps of the same head.
        double pumpKw = 2.0 * Machines.pumpKw(waterFlow, loopPumpPa, loopPumpEfficiency);
        double rejectedKw = liquidHeatKw + chillerKw;
        double airFlow = rejectedKw / (1.006 * dryCoolerAirDeltaTK);
        double fanKw = Machines.fanKw(airFlow, Psychrometrics.airDensityKgPerM3(dryBulbC, pressurePa), dryCoolerFanPa,
                dryCoolerFanEfficiency);
        return new PlantPower(new ElectricalLoad(liquidHeatKw, 0, 0, 0), 0.0, 0.0, pumpKw, chillerKw, 0.0, 0.0, fanKw,
                free, 0.0);
    }
}
