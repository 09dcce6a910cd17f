package dev.edgeplan.core.facility.cooling;

import java.util.Arrays;

/**
 * Annual energy of one site's cooling design in its climate.
 *
 * @param annualPue              annual facility energy ÷ annual IT energy
 * @param monthlyPue             per month, January first
 * @param peakPue                at the cooling design day (ASHRAE 0.4 % dry bulb and coincident wet bulb)
 * @param tue                    annual PUE × ITUE, ITUE = 1/(1 − server fan share)
 * @param freeCoolingFullHours   hours a year with no compressor running
 * @param freeCoolingPartialHours hours with the economizer carrying part of the load
 * @param waterM3PerYear         tower make-up (evaporation × COC/(COC − 1)) plus humidification
 * @param wueLPerKwh             site water ÷ IT energy
 * @param fromClimate            false when no climate normals were found and the cooling.csv PUE is used flat
 * @param climateSource          metro of the climate normals and how humidity was obtained, or the fallback
 */
public record PueResult(double annualPue, double[] monthlyPue, double peakPue, double tue, double freeCoolingFullHours,
                        double freeCoolingPartialHours, double itMwhPerYear, double facilityMwhPerYear,
                        double waterM3PerYear, double wueLPerKwh, boolean fromClimate, String climateSource) {

    public PueResult {
        monthlyPue = monthlyPue.clone();
    }

    /** No climate: the catalog's annualized PUE for every month, no water figure (zero, flagged by fromClimate). */
    public static PueResult flat(double pue, double itue, double itKw) {
        double[] monthly = new double[12];
        Arrays.fill(monthly, pue);
        double itMwh = itKw * 8.760;
        return new PueResult(pue, monthly, pue, pue * itue, 0.0, 0.0, itMwh, itMwh * pue, 0.0, 0.0, false,
                "no climate normals for the site: cooling.csv annualized PUE");
    }

    @Override
    public double[] monthlyPue() {
        return monthlyPue.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PueResult r && annualPue == r.annualPue && Arrays.equals(monthlyPue, r.monthlyPue)
                && peakPue == r.peakPue && climateSource.equals(r.climateSource);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(annualPue) * 31 + Arrays.hashCode(monthlyPue);
    }

    @Override
    public String toString() {
        return String.format("PueResult[annual=%.4f, peak=%.4f, %s]", annualPue, peakPue, climateSource);
    }
}
