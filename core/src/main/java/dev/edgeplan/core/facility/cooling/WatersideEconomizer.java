package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.Psychrometrics;
import dev.edgeplan.core.scenario.HeatRejection;

/**
 * Chilled-water CRAH plant with a waterside economizer on cooling towers and chiller trim: a
 * re-implementation, from the published equations, of the "WEC" case of Lei &amp; Masanet (Energy 201, 2020,
 * 117556). The towers cool facility water for free while wet bulb + tower approach + heat-exchanger approach
 * is below the supply water temperature, partly up to the return temperature, and not above it.
 *
 * @see <a href="https://github.com/nuoaleon/Data-center-PUE-prediction-tool">the authors' tool</a>
 */
public final class WatersideEconomizer {

    /**
     * @param supplyAirC              CRAH supply-air set point
     * @param airDeltaTK              air temperature rise across the IT
     * @param coilEffectiveness       CRAH coil heat-transfer effectiveness (sets supply water temperature)
     * @param sensibleHeatRatio       share of sensible heat (the rest is latent, made up by humidification)
     * @param heatExchangerApproachK  plate heat-exchanger approach between tower and facility water
     */
    public record Parameters(double upsEfficiency, double distributionLossFraction, double lightingFraction,
                             double supplyAirC, double airDeltaTK, double airFanPa, double airFanEfficiency,
                             double humidifierPumpPa, double humidifierPumpEfficiency, double economizerPumpPa,
                             double economizerPumpEfficiency, double heatExchangerApproachK, double coilEffectiveness,
                             double sensibleHeatRatio, TowerPlant tower) {

        /** Facility supply water temperature the CRAH coil needs, °C. */
        public double supplyWaterC() {
            double returnAir = supplyAirC + airDeltaTK;
            return returnAir - airDeltaTK / coilEffectiveness;
        }
    }

    private WatersideEconomizer() {
    }

    public static PlantPower power(Parameters p, double dryBulbC, double rhFraction, double pressurePa, double itKw) {
        return power(p, ElectricalLoad.fixedEfficiency(itKw, p.upsEfficiency(), p.distributionLossFraction(),
                p.lightingFraction()), dryBulbC, rhFraction, pressurePa);
    }

    public static PlantPower power(Parameters p, ElectricalLoad load, double dryBulbC, double rhFraction,
                                   double pressurePa) {
        return power(p, load, dryBulbC, rhFraction, pressurePa, HeatRejection.COOLING_TOWER, null);
    }

    /**
     * The same CRAH plant with another heat rejection: with {@code dry_cooler} or {@code adiabatic_dry_cooler}
     * the facility water is cooled for free by the dry coolers (no plate heat exchanger) and the chiller condenses
     * through them ({@link DryCooler}); pumps, fans and humidification are unchanged, no tower water is evaporated.
     */
    public static PlantPower power(Parameters p, ElectricalLoad load, double dryBulbC, double rhFraction,
                                   double pressurePa, HeatRejection rejection, DryCooler dryCooler) {
        double wetBulb = Psychrometrics.wetBulbC(dryBulbC, rhFraction, pressurePa);
        double heatKw = load.heatKw();
        double supplyFlow = heatKw / (1.01 * p.airDeltaTK());
        double fanKw = Machines.fanKw(supplyFlow, Psychrometrics.airDensityKgPerM3(p.supplyAirC(), pressurePa),
                p.airFanPa(), p.airFanEfficiency());
        double latentKw = heatKw / p.sensibleHeatRatio() - heatKw;
        double coolingKw = heatKw + latentKw;
        double supplyWater = p.supplyWaterC();
        double returnWater = supplyWater + p.tower().chilledWaterDeltaTK();
        double humidifyKgPerS = latentKw / Psychrometrics.latentHeatKjPerKg(0.5 * (supplyWater + returnWater));
        double humidifierKw = Machines.pumpKw(humidifyKgPerS, p.humidifierPumpPa(), p.humidifierPumpEfficiency());
        if (rejection != HeatRejection.COOLING_TOWER) {
            DryCooler.Result r = dryCooler.reject(coolingKw, supplyWater, returnWater, dryBulbC, wetBulb, pressurePa,
                    rejection == HeatRejection.ADIABATIC_DRY_COOLER, p.tower());
            double chillerHeatKw = coolingKw * (1.0 - r.free());
            double economizerPumpKw = Machines.pumpKw(Machines.waterFlowKgPerS(coolingKw * r.free(),
                    p.tower().chilledWaterDeltaTK()), p.economizerPumpPa(), p.economizerPumpEfficiency());
            double chilledWaterPumpKw = Machines.pumpKw(Machines.waterFlowKgPerS(chillerHeatKw,
                    p.tower().chilledWaterDeltaTK()), p.tower().chilledWaterPumpPa(), p.tower().chilledWaterPumpEfficiency());
            return new PlantPower(load, fanKw, humidifierKw, economizerPumpKw, r.chillerKw(), chilledWaterPumpKw, 0.0,
                    r.fanKw(), r.free(), r.padWaterKgPerS() + humidifyKgPerS);
        }
        double free = freeFraction(wetBulb + p.tower().towerApproachK() + p.heatExchangerApproachK(), supplyWater,
                returnWater);
        double economizerHeat = coolingKw * free;
        double economizerPumpKw = Machines.pumpKw(Machines.waterFlowKgPerS(economizerHeat, p.tower().chilledWaterDeltaTK()),
                p.economizerPumpPa(), p.economizerPumpEfficiency());
        double[] t = Machines.chillerAndTowers(coolingKw - economizerHeat, economizerHeat, wetBulb, dryBulbC, pressurePa,
                p.tower());
        return new PlantPower(load, fanKw, humidifierKw, economizerPumpKw, t[0], t[1], t[2], t[3], free,
                t[4] + humidifyKgPerS);
    }

    /** Share of the load a free-cooling source at {@code sourceC} carries for a loop supplied at / returning from these temperatures. */
    public static double freeFraction(double sourceC, double supplyC, double returnC) {
        if (sourceC <= supplyC) {
            return 1.0;
        }
        if (sourceC >= returnC) {
            return 0.0;
        }
        return (returnC - sourceC) / (returnC - supplyC);
    }
}
