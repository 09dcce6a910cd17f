package dev.edgeplan.core.facility.climate;

import java.util.Arrays;
import java.util.Objects;

/**
 * Monthly climate normals of one metro (index 0 = January) and its cooling design day.
 *
 * @param elevationM  station elevation; 0 where the source gives none
 * @param dewPointC   monthly mean dew point, NaN where no source gives one
 * @param rhPct       monthly mean relative humidity, NaN where no source gives one
 * @param designDryBulbC          ASHRAE 0.4 % cooling design dry bulb, NaN if unknown
 * @param designWetBulbC          its mean coincident wet bulb, NaN if unknown
 */
public record MonthlyClimate(String metro, String country, double lat, double lon, double elevationM, double[] tmaxC,
                             double[] tminC, double[] dewPointC, double[] rhPct, double designDryBulbC,
                             double designWetBulbC, String source) {

    public static final int MONTHS = 12;
    public static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    public MonthlyClimate {
        Objects.requireNonNull(metro, "metro");
        for (double[] a : new double[][] {tmaxC, tminC, dewPointC, rhPct}) {
            if (a.length != MONTHS) {
                throw new IllegalArgumentException(metro + ": monthly arrays need 12 values");
            }
        }
        tmaxC = tmaxC.clone();
        tminC = tminC.clone();
        dewPointC = dewPointC.clone();
        rhPct = rhPct.clone();
    }

    @Override
    public double[] tmaxC() {
        return tmaxC.clone();
    }

    @Override
    public double[] tminC() {
        return tminC.clone();
    }

    public double meanC(int month) {
        return 0.5 * (tmaxC[month] + tminC[month]);
    }

    /** Where the humidity of the synthesised hours comes from. */
    public HumiditySource humiditySource() {
        if (Arrays.stream(dewPointC).noneMatch(Double::isNaN)) {
            return HumiditySource.DEW_POINT;
        }
        return Arrays.stream(rhPct).noneMatch(Double::isNaN) ? HumiditySource.RELATIVE_HUMIDITY : HumiditySource.TMIN_FALLBACK;
    }

    /**
     * Monthly dew point: the source's; else from the monthly mean temperature and RH; else the FAO-56 fallback
     * dew point = mean daily minimum (Allen et al., FAO Irrigation and Drainage Paper 56, 1998, eq. 48: "e_a =
     * e°(T_min)" where humidity data are missing). In arid climates it overstates humidity, which overstates
     * wet bulb and so errs toward a higher PUE for evaporative plants.
     */
    public double dewPointC(int month) {
        return switch (humiditySource()) {
            case DEW_POINT -> dewPointC[month];
            case RELATIVE_HUMIDITY -> Psychrometrics.dewPointC(meanC(month), rhPct[month] / 100.0);
            case TMIN_FALLBACK -> tminC[month];
        };
    }

    public double pressurePa() {
        return Psychrometrics.pressurePaAtElevation(elevationM);
    }

    /** The same metro with every temperature shifted, dew points kept (used to test climate monotonicity). */
    public MonthlyClimate warmerBy(double deltaK) {
        double[] hi = tmaxC.clone();
        double[] lo = tminC.clone();
        double[] dew = new double[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            dew[m] = dewPointC(m);
            hi[m] += deltaK;
            lo[m] += deltaK;
        }
        return new MonthlyClimate(metro, country, lat, lon, elevationM, hi, lo, dew, new double[MONTHS],
                designDryBulbC + deltaK, Double.NaN, source);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlyClimate c && metro.equals(c.metro) && country.equals(c.country)
                && Arrays.equals(tmaxC, c.tmaxC) && Arrays.equals(tminC, c.tminC);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metro, country, Arrays.hashCode(tmaxC));
    }

    @Override
    public String toString() {
        return "MonthlyClimate[" + metro + ", " + country + "]";
    }

    public enum HumiditySource {
        DEW_POINT("dew_point"), RELATIVE_HUMIDITY("relative_humidity"), TMIN_FALLBACK("fao56_tmin_fallback");

        private final String key;

        HumiditySource(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
