package dev.edgeplan.core.facility.cooling;

/**
 * Chiller and cooling-tower parameters shared by the airside and waterside models (Lei &amp; Masanet Table A.1
 * names): loop temperature differences, pump and fan pressures and efficiencies, tower approach, chiller
 * part-load fraction, COP offset and tower liquid-to-gas ratio.
 */
public record TowerPlant(double chilledWaterDeltaTK, double towerRangeK, double towerFanPa, double towerFanEfficiency,
                         double chilledWaterPumpPa, double chilledWaterPumpEfficiency, double towerPumpPa,
                         double towerPumpEfficiency, double towerApproachK, double chillerPartLoad, double copOffset,
                         double liquidToGas) {
}
