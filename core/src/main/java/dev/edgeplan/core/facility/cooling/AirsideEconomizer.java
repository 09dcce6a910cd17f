package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.Psychrometrics;

/**
 * Airside economizer with adiabatic humidification and chiller back-up: a re-implementation, from the
 * published equations, of the "AE" case of Lei &amp; Masanet (Energy 201, 2020, 117556; tool
 * github.com/nuoaleon/Data-center-PUE-prediction-tool). Outdoor air is used while its enthalpy is below
 * the ASHRAE recommended envelope's corner (27 °C at 15 °C dew point), adiabatically humidified toward the
 * supply condition; otherwise the chiller takes the load.
 */
public final class AirsideEconomizer {

    /** Recommended-envelope corner that bounds economizer use: 27 °C dry bulb, −9…15 °C dew point (ASHRAE TC 9.9). */
    static final double ENVELOPE_MAX_C = 27.0;
    static final double ENVELOPE_MIN_DEW_POINT_C = -9.0;
    static final double ENVELOPE_MAX_DEW_POINT_C = 15.0;
    /** Humidification floor when outdoor air is colder than supply: 20 % RH (Lei &amp; Masanet). */
    static final double HUMIDIFY_TO_RH = 0.20;
    /** Economizer still used with adiabatic cooling up to supply air at 80 % RH (Lei &amp; Masanet). */
    static final double ADIABATIC_MAX_RH = 0.80;

    /**
     * @param supplyMinC / supplyMaxC supply-air dry-bulb band that tracks the outdoor temperature
     * @param dewPointMinC … rhMax    supply humidity envelope (dew point °C, RH fraction)
     * @param airDeltaTK              air temperature rise across the IT
     */
    public record Parameters(double upsEfficiency, double distributionLossFraction, double lightingFraction,
                             double supplyMinC, double supplyMaxC, double dewPointMinC, double dewPointMaxC,
                             double rhMin, double rhMax, double airDeltaTK, double airFanPa, double airFanEfficiency,
                             double humidifierPumpPa, double humidifierPumpEfficiency, TowerPlant tower) {
    }

    private AirsideEconomizer() {
    }

    public static PlantPower power(Parameters p, double dryBulbC, double rhFraction, double pressurePa, double itKw) {
        ElectricalLoad load = ElectricalLoad.fixedEfficiency(itKw, p.upsEfficiency(), p.distributionLossFraction(),
                p.lightingFraction());
        return power(p, load, dryBulbC, rhFraction, pressurePa);
    }

    public static PlantPower power(Parameters p, ElectricalLoad load, double dryBulbC, double rhFraction,
                                   double pressurePa) {
        double dOutdoor = Psychrometrics.humidityRatioAtRh(dryBulbC, rhFraction, pressurePa);
        double hOutdoor = Psychrometrics.enthalpyKjPerKg(dryBulbC, dOutdoor);
        double wetBulb = Psychrometrics.wetBulbC(dryBulbC, rhFraction, pressurePa);
        double heatKw = load.heatKw();
        double tSupply = Math.max(p.supplyMinC(), Math.min(p.supplyMaxC(), dryBulbC));
        Mode m = mode(p, hOutdoor, dOutdoor, dryBulbC, tSupply, pressurePa);
        double hReturn = m.hSupply + 1.01 * p.airDeltaTK();
        double supplyFlow = heatKw / (hReturn - m.hSupply);
        double returnFlow = m.economizer
                ? Math.max(0.0, supplyFlow * (m.hSupply - m.hConditioned) / (hReturn - m.hConditioned)) : supplyFlow;
        double conditionedFlow = supplyFlow - returnFlow;
        double outdoorFlow = conditionedFlow / (1.0 + m.humidifyGPerKg / 1000.0);
        double economizerHeat = m.economizer ? conditionedFlow * (hReturn - m.hConditioned) : 0.0;
        double fanKw = Machines.fanKw(supplyFlow, Psychrometrics.airDensityKgPerM3(tSupply, pressurePa), p.airFanPa(),
                p.airFanEfficiency());
        double humidifyKgPerS = conditionedFlow - outdoorFlow;
        double humidifierKw = Machines.pumpKw(humidifyKgPerS, p.humidifierPumpPa(), p.humidifierPumpEfficiency());
        double[] t = Machines.chillerAndTowers(heatKw - economizerHeat, 0.0, wetBulb, dryBulbC, pressurePa, p.tower());
        return new PlantPower(load, fanKw, humidifierKw, 0.0, t[0], t[1], t[2], t[3],
                heatKw > 0 ? economizerHeat / heatKw : 1.0, t[4] + humidifyKgPerS);
    }

    /** Economizer decision and the supply / conditioned-air enthalpies (Lei &amp; Masanet's decision tree). */
    private record Mode(boolean economizer, double humidifyGPerKg, double hConditioned, double hSupply) {
    }

    private static Mode mode(Parameters p, double hOutdoor, double dOutdoor, double tOutdoor, double tSupply,
                             double pressurePa) {
        double dCorner = supplyHumidityBounds(ENVELOPE_MAX_C, pressurePa, ENVELOPE_MIN_DEW_POINT_C,
                ENVELOPE_MAX_DEW_POINT_C, 0.0, Double.MAX_VALUE)[1];
        if (hOutdoor < Psychrometrics.enthalpyKjPerKg(ENVELOPE_MAX_C, dCorner)) {
            if (tOutdoor <= tSupply) {
                double dFloor = Psychrometrics.humidityRatioAtRh(tSupply, HUMIDIFY_TO_RH, pressurePa);
                return new Mode(true, Math.max(0.0, dFloor - dOutdoor), hOutdoor, hOutdoor);
            }
            return adiabatic(hOutdoor, dOutdoor, tSupply);
        }
        double dWet = Psychrometrics.humidityRatioAtRh(tSupply, ADIABATIC_MAX_RH, pressurePa);
        if (hOutdoor <= Psychrometrics.enthalpyKjPerKg(tSupply, dWet)) {
            return adiabatic(hOutdoor, dOutdoor, tSupply);
        }
        double[] bounds = supplyHumidityBounds(tSupply, pressurePa, p.dewPointMinC(), p.dewPointMaxC(), p.rhMin(), p.rhMax());
        double hSupply = Psychrometrics.enthalpyKjPerKg(tSupply, 0.5 * (bounds[0] + bounds[1]));
        return new Mode(false, 0.0, hSupply, hSupply);
    }

    /** Outdoor air evaporatively cooled at constant enthalpy down to the supply temperature. */
    private static Mode adiabatic(double hOutdoor, double dOutdoor, double tSupply) {
        double dConditioned = (hOutdoor - 1.01 * tSupply) * 1000.0 / (2500.0 + 1.84 * tSupply);
        return new Mode(true, Math.max(0.0, dConditioned - dOutdoor), hOutdoor, hOutdoor);
    }

    /** Lower and upper supply humidity ratio, g/kg: the dew-point limits, clipped to the RH limits. */
    static double[] supplyHumidityBounds(double tSupply, double pressurePa, double dewMin, double dewMax, double rhMin,
                                         double rhMax) {
        double saturation = Psychrometrics.saturationPa(tSupply);
        return new double[] {bound(dewMin, saturation, pressurePa, rhMin, rhMax),
                bound(dewMax, saturation, pressurePa, rhMin, rhMax)};
    }

    private static double bound(double dewPointC, double saturationPa, double pressurePa, double rhMin, double rhMax) {
        double vapour = Psychrometrics.vapourPaAtDewPoint(dewPointC);
        double rh = Math.max(rhMin, Math.min(rhMax, vapour / saturationPa));
        return Psychrometrics.humidityRatioGPerKg(rh * saturationPa, pressurePa);
    }
}
