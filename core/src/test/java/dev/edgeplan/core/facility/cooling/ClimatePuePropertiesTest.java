package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.scenario.CoolingType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ClimatePuePropertiesTest {

    /** A synthetic climate: a sine-shaped year between a winter and a summer mean, fixed diurnal range and humidity gap. */
    static MonthlyClimate climate(double winterC, double summerC, double rangeK, double dewGapK) {
        double[] hi = new double[12];
        double[] lo = new double[12];
        double[] dew = new double[12];
        for (int m = 0; m < 12; m++) {
            double mean = winterC + (summerC - winterC) * 0.5 * (1 - Math.cos(2 * Math.PI * m / 12.0));
            hi[m] = mean + rangeK / 2;
            lo[m] = mean - rangeK / 2;
            dew[m] = lo[m] - dewGapK;
        }
        double[] none = new double[12];
        Arrays.fill(none, Double.NaN);
        return new MonthlyClimate("synthetic", "XX", 0, 0, 0, hi, lo, dew, none, Double.NaN, Double.NaN, "test");
    }

    @Property(tries = 60)
    void hotterClimateNeverLowersAirCooledPue(@ForAll @DoubleRange(min = -15, max = 20) double winterC,
                                              @ForAll @DoubleRange(min = 0, max = 18) double seasonK,
                                              @ForAll @DoubleRange(min = 4, max = 16) double rangeK,
                                              @ForAll @DoubleRange(min = 0, max = 12) double dewGapK,
                                              @ForAll @DoubleRange(min = 0.1, max = 8) double warmerK) {
        MonthlyClimate base = climate(winterC, winterC + seasonK, rangeK, dewGapK);
        MonthlyClimate hotter = base.warmerBy(warmerK);
        for (CoolingType type : new CoolingType[] {CoolingType.AIR, CoolingType.AIR_CONTAINMENT}) {
            PueResult cool = ClimatePue.evaluate(type, 1000, 1500, 5, base);
            PueResult hot = ClimatePue.evaluate(type, 1000, 1500, 5, hotter);
            assertThat(hot.annualPue()).isGreaterThanOrEqualTo(cool.annualPue() - 1e-12);
        }
    }

    @Property(tries = 60)
    void pueIsAtLeastOne(@ForAll @DoubleRange(min = -25, max = 30) double winterC,
                         @ForAll @DoubleRange(min = 0, max = 20) double seasonK,
                         @ForAll @DoubleRange(min = 10, max = 5000) double itKw) {
        MonthlyClimate c = climate(winterC, winterC + seasonK, 10, 3);
        for (CoolingType type : CoolingType.values()) {
            PueResult r = ClimatePue.evaluate(type, itKw, itKw * 1.5, itKw * 0.005, c);
            assertThat(r.annualPue()).isGreaterThanOrEqualTo(1.0);
            assertThat(r.peakPue()).isGreaterThanOrEqualTo(1.0);
            assertThat(r.tue()).isGreaterThanOrEqualTo(r.annualPue());
            assertThat(Arrays.stream(r.monthlyPue()).min().orElseThrow()).isGreaterThanOrEqualTo(1.0);
        }
    }
}
