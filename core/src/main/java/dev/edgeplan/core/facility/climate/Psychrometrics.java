package dev.edgeplan.core.facility.climate;

/**
 * Moist-air relations in the form Lei &amp; Masanet (Energy 201, 2020, doi 10.1016/j.energy.2020.117556) use:
 * Buck/Arden saturation pressure, humidity ratio in g/kg, enthalpy h = 1.01·T + (2500 + 1.84·T)·d/1000 kJ/kg.
 */
public final class Psychrometrics {

    public static final double SEA_LEVEL_PA = 101_325.0;

    private Psychrometrics() {
    }

    /** Saturation vapour pressure over water, Pa (Arden Buck 1996 form used by Lei &amp; Masanet). */
    public static double saturationPa(double tC) {
        return 611.21 * Math.exp((18.678 - tC / 234.5) * tC / (tC + 257.14));
    }

    /** Vapour pressure at a dew point, Pa (the same Magnus-type form without the 234.5 term). */
    public static double vapourPaAtDewPoint(double dewPointC) {
        return 611.21 * Math.exp(18.678 * dewPointC / (257.14 + dewPointC));
    }

    /** Humidity ratio, g water per kg dry air, from vapour pressure. */
    public static double humidityRatioGPerKg(double vapourPa, double pressurePa) {
        return 621.98 * vapourPa / (pressurePa - vapourPa);
    }

    public static double humidityRatioAtRh(double tC, double rhFraction, double pressurePa) {
        return humidityRatioGPerKg(saturationPa(tC) * rhFraction, pressurePa);
    }

    /** Moist-air enthalpy, kJ/kg dry air. */
    public static double enthalpyKjPerKg(double tC, double humidityRatioGPerKg) {
        return 1.01 * tC + (2500.0 + 1.84 * tC) * humidityRatioGPerKg / 1000.0;
    }

    /** Dry bulb at which air of this enthalpy holds this humidity ratio. */
    public static double temperatureAt(double enthalpyKjPerKg, double humidityRatioGPerKg) {
        return (enthalpyKjPerKg - 2.5 * humidityRatioGPerKg) / (1.01 + 1.84 * humidityRatioGPerKg / 1000.0);
    }

    /** Relative humidity (0–1) of air at tC with this dew point; dew point above tC is capped at saturation. */
    public static double rhFromDewPoint(double tC, double dewPointC) {
        return Math.min(1.0, vapourPaAtDewPoint(Math.min(dewPointC, tC)) / saturationPa(tC));
    }

    /** Dew point from dry bulb and relative humidity (inverse of the saturation form, as Lei &amp; Masanet). */
    public static double dewPointC(double tC, double rhFraction) {
        double g = Math.log(rhFraction * Math.exp((18.678 - tC / 234.5) * tC / (257.14 + tC)));
        return 257.14 * g / (18.678 - g);
    }

    /**
     * Thermodynamic wet bulb: the saturated temperature with the same enthalpy (Lei &amp; Masanet's definition),
     * solved by bisection so it never fails to converge.
     */
    public static double wetBulbC(double tC, double rhFraction, double pressurePa) {
        double target = enthalpyKjPerKg(tC, humidityRatioAtRh(tC, rhFraction, pressurePa));
        double lo = -60.0;
        double hi = tC;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (enthalpyKjPerKg(mid, humidityRatioAtRh(mid, 1.0, pressurePa)) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Dry-air density, kg/m³: 1.293 kg/m³ at 0 °C and 101,325 Pa scaled by the ideal-gas law. */
    public static double airDensityKgPerM3(double tC, double pressurePa) {
        return 1.293 * (pressurePa / SEA_LEVEL_PA) * (273.15 / (273.15 + tC));
    }

    /** Latent heat of vaporisation of water, kJ/kg (Lei &amp; Masanet's fit). */
    public static double latentHeatKjPerKg(double waterC) {
        return -0.0013 * waterC * waterC - 2.3097 * waterC + 2500.5;
    }

    /** Standard-atmosphere pressure at an elevation, Pa (ICAO/US Standard Atmosphere 1976, troposphere). */
    public static double pressurePaAtElevation(double elevationM) {
        return SEA_LEVEL_PA * Math.pow(1.0 - 2.25577e-5 * elevationM, 5.25588);
    }
}
