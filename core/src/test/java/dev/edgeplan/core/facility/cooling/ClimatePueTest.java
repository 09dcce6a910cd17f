package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.climate.Psychrometrics;
import dev.edgeplan.core.facility.climate.TypicalHours;
import dev.edgeplan.core.facility.power.UpsLosses;
import dev.edgeplan.core.scenario.CoolingType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClimatePueTest {

    @Test
    void typicalHoursCoverTheYearBetweenTheNormals() {
        MonthlyClimate c = ClimatePuePropertiesTest.climate(0, 20, 10, 3);
        assertThat(Arrays.stream(TypicalHours.weightHours()).sum()).isEqualTo(8760.0);
        double[] t = TypicalHours.dryBulbC(c);
        // January: mean 0 °C, range 10 K → 15:00 is the maximum (5 °C), 03:00 the minimum (−5 °C).
        assertThat(t[15]).isCloseTo(5.0, within(1e-12));
        assertThat(t[3]).isCloseTo(-5.0, within(1e-12));
    }

    @Test
    void missingHumidityFallsBackToTminAsDewPoint() {
        double[] none = new double[12];
        Arrays.fill(none, Double.NaN);
        double[] hi = new double[12];
        double[] lo = new double[12];
        Arrays.fill(hi, 25);
        Arrays.fill(lo, 15);
        MonthlyClimate c = new MonthlyClimate("x", "XX", 0, 0, 0, hi, lo, none, none, Double.NaN, Double.NaN, "t");
        assertThat(c.humiditySource()).isEqualTo(MonthlyClimate.HumiditySource.TMIN_FALLBACK);
        assertThat(c.dewPointC(6)).isEqualTo(15.0);
        double[] rh = new double[12];
        Arrays.fill(rh, 60);
        MonthlyClimate withRh = new MonthlyClimate("y", "XX", 0, 0, 0, hi, lo, none, rh, Double.NaN, Double.NaN, "t");
        assertThat(Psychrometrics.rhFromDewPoint(20, withRh.dewPointC(0))).isCloseTo(0.60, within(1e-9));
    }

    @Test
    void liquidCoolingLowersTotalEnergyAndWaterMoreThanPue() {
        // Warm humid synthetic site: DLC moves 80 % of the heat to 32 °C water on dry coolers.
        MonthlyClimate c = ClimatePuePropertiesTest.climate(10, 30, 10, 2);
        PueResult air = ClimatePue.evaluate(CoolingType.AIR_CONTAINMENT, 1000, 1500, 5, c);
        PueResult dlc = ClimatePue.evaluate(CoolingType.DIRECT_TO_CHIP, 1000, 1500, 5, c);
        assertThat(dlc.annualPue()).isLessThan(air.annualPue());
        assertThat(dlc.wueLPerKwh()).isLessThan(0.5 * air.wueLPerKwh());
        // TUE falls further than PUE: server fans leave the IT denominator.
        assertThat(air.tue() - dlc.tue()).isGreaterThan(air.annualPue() - dlc.annualPue());
    }

    @Test
    void oversizedUpsShowsInThePue() {
        MonthlyClimate c = ClimatePuePropertiesTest.climate(5, 20, 10, 3);
        double nPlus1 = ClimatePue.evaluate(CoolingType.AIR_CONTAINMENT, 300, 1000, 2, c).annualPue();
        double twoN = ClimatePue.evaluate(CoolingType.AIR_CONTAINMENT, 300, 2000, 2, c).annualPue();
        assertThat(twoN).isGreaterThan(nPlus1);
        assertThat(UpsLosses.efficiency(1000, 1000)).isCloseTo(0.962, within(0.001));
        assertThat(UpsLosses.efficiency(1000, 500)).isCloseTo(0.956, within(0.001));
    }
}
