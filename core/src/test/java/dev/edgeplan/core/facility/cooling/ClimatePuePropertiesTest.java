package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.HeatRejection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * Immersion never has a higher annual PUE than air (open or contained) or a higher TUE than cold plates in the same
     * climate with the same heat rejection: its loop runs warmer than the CRAH water, it has almost no room air to move
     * and its servers have no fans (facility.md §2.7: immersion 1.03–1.1 against 1.2–1.4 for economized chilled water).
     */
    @Property(tries = 60)
    void immersionNeverAboveAirPueNorColdPlateTue(@ForAll("climates") MonthlyClimate c,
                                                  @ForAll @DoubleRange(min = 50, max = 5000) double itKw) {
        List<PlantRejection> choices = new ArrayList<>(List.of(PlantRejection.AUTO));
        Arrays.stream(HeatRejection.values()).map(PlantRejection::all).forEach(choices::add);
        for (PlantRejection r : choices) {
            PueResult tanks = ClimatePue.evaluate(CoolingType.IMMERSION, r, itKw, itKw * 1.5, itKw * 0.005, c);
            for (CoolingType air : new CoolingType[] {CoolingType.AIR, CoolingType.AIR_CONTAINMENT}) {
                assertThat(tanks.annualPue()).as("%s vs %s", r, air)
                        .isLessThanOrEqualTo(ClimatePue.evaluate(air, r, itKw, itKw * 1.5, itKw * 0.005, c).annualPue());
            }
            assertThat(tanks.tue()).as("%s vs cold plates", r).isLessThanOrEqualTo(
                    ClimatePue.evaluate(CoolingType.DIRECT_TO_CHIP, r, itKw, itKw * 1.5, itKw * 0.005, c).tue());
        }
    }

    /** Synthetic climates: winter means −15 to 28 °C, summers up to 18 K warmer, 4–16 K daily range, dew point 0–12 K below the minimum. */
    @Provide
    Arbitrary<MonthlyClimate> climates() {
        return Combinators.combine(Arbitraries.doubles().between(-15, 28), Arbitraries.doubles().between(0, 18),
                        Arbitraries.doubles().between(4, 16), Arbitraries.doubles().between(0, 12))
                .as((winterC, seasonK, rangeK, dewGapK) -> climate(winterC, winterC + seasonK, rangeK, dewGapK));
    }

    /** Dry coolers evaporate no tower water: only humidification of the room air remains, far below towers. */
    @Property(tries = 40)
    void dryCoolersUseLessWaterThanTowers(@ForAll @DoubleRange(min = -10, max = 25) double winterC,
                                          @ForAll @DoubleRange(min = 0, max = 18) double seasonK) {
        MonthlyClimate c = climate(winterC, winterC + seasonK, 10, 3);
        for (CoolingType type : CoolingType.values()) {
            PueResult dry = ClimatePue.evaluate(type, PlantRejection.all(HeatRejection.DRY_COOLER), 1000, 1500, 5, c);
            PueResult towers = ClimatePue.evaluate(type, PlantRejection.all(HeatRejection.COOLING_TOWER), 1000, 1500, 5, c);
            assertThat(dry.wueLPerKwh()).as(type.key()).isLessThan(0.1 * towers.wueLPerKwh());
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
