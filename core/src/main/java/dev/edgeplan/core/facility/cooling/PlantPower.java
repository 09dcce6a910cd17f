package dev.edgeplan.core.facility.cooling;

/**
 * Facility power at one weather condition, kW, and the water the plant consumes, kg/s.
 *
 * @param airFanKw            CRAH / in-row fan power
 * @param humidifierPumpKw    adiabatic humidification pump
 * @param economizerPumpKw    waterside-economizer and liquid-loop (CDU / facility water) pumps
 * @param chillerKw           compressor power of the chillers
 * @param chilledWaterPumpKw  chilled-water pump
 * @param towerPumpKw         condenser / tower water pump
 * @param rejectionFanKw      cooling-tower and dry-cooler fans
 * @param freeCoolingFraction share of the heat removed without compressors (0–1)
 * @param waterKgPerS         tower evaporation plus humidification (before blowdown)
 */
public record PlantPower(ElectricalLoad load, double airFanKw, double humidifierPumpKw, double economizerPumpKw,
                         double chillerKw, double chilledWaterPumpKw, double towerPumpKw, double rejectionFanKw,
                         double freeCoolingFraction, double waterKgPerS) {

    public double coolingKw() {
        return airFanKw + humidifierPumpKw + economizerPumpKw + chillerKw + chilledWaterPumpKw + towerPumpKw
                + rejectionFanKw;
    }

    public double facilityKw() {
        return load.heatKw() + coolingKw();
    }

    public double pue() {
        return facilityKw() / load.itKw();
    }

    /** Sum of two plants serving parts of one load (a direct-to-chip hall: liquid loop plus residual air). */
    public PlantPower plus(PlantPower other, ElectricalLoad whole) {
        double heat = load.heatKw() + other.load.heatKw();
        double free = heat > 0 ? (freeCoolingFraction * load.heatKw() + other.freeCoolingFraction * other.load.heatKw()) / heat : 1.0;
        return new PlantPower(whole, airFanKw + other.airFanKw, humidifierPumpKw + other.humidifierPumpKw,
                economizerPumpKw + other.economizerPumpKw, chillerKw + other.chillerKw,
                chilledWaterPumpKw + other.chilledWaterPumpKw, towerPumpKw + other.towerPumpKw,
                rejectionFanKw + other.rejectionFanKw, free, waterKgPerS + other.waterKgPerS);
    }
}
