package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.Psychrometrics;

/**
 * Dry coolers (optionally with adiabatic pre-cooling pads) rejecting a water loop's heat to outdoor air: free
 * cooling while the coil air + approach is below the loop's supply water, partly up to its return, and a
 * compressor trim condensing through the same coils above that (the Lei &amp; Masanet chiller regression at
 * entering air + approach). Used by the liquid loop and by the room-air chilled-water plant.
 *
 * @param approachK     leaving water − entering (pad-cooled) air
 * @param airDeltaTK    air temperature rise across the coil
 * @param fanPa         fan pressure rise
 * @param fanEfficiency fan efficiency
 */
public record DryCooler(double approachK, double airDeltaTK, double fanPa, double fanEfficiency) {

    /** Evaporative pads cool the air by 70 % of the wet-bulb depression (pad effectiveness 70–85 % [R]). */
    public static final double ADIABATIC_EFFECTIVENESS = 0.70;
    /** Pads are wetted only above this dry bulb [R]. */
    public static final double ADIABATIC_ON_ABOVE_C = 20.0;

    /**
     * @param free           share of the heat rejected without compressors
     * @param chillerKw      compressor power
     * @param fanKw          dry-cooler fan power
     * @param padWaterKgPerS water evaporated by the pads
     */
    public record Result(double free, double chillerKw, double fanKw, double padWaterKgPerS) {
    }

    /**
     * Reject {@code heatKw} from a loop supplied at {@code supplyC} and returning at {@code returnC}; pads are used
     * when {@code adiabatic} and the dry bulb is above {@link #ADIABATIC_ON_ABOVE_C}.
     */
    public Result reject(double heatKw, double supplyC, double returnC, double dryBulbC, double wetBulbC,
                         double pressurePa, boolean adiabatic, TowerPlant chiller) {
        boolean pads = adiabatic && dryBulbC > ADIABATIC_ON_ABOVE_C;
        double airC = pads ? dryBulbC - ADIABATIC_EFFECTIVENESS * (dryBulbC - wetBulbC) : dryBulbC;
        double free = WatersideEconomizer.freeFraction(airC + approachK, supplyC, returnC);
        double chillerKw = heatKw * (1.0 - free) / Machines.chillerCop(chiller.chillerPartLoad(), airC + approachK,
                chiller.copOffset());
        double airFlow = (heatKw + chillerKw) / (1.006 * airDeltaTK);
        double fanKw = Machines.fanKw(airFlow, Psychrometrics.airDensityKgPerM3(dryBulbC, pressurePa), fanPa, fanEfficiency);
        // Water evaporated to cool the coil air from dry bulb to airC.
        double padWaterKgPerS = pads ? airFlow * 1.006 * (dryBulbC - airC) / Psychrometrics.latentHeatKjPerKg(wetBulbC) : 0.0;
        return new Result(free, chillerKw, fanKw, padWaterKgPerS);
    }
}
