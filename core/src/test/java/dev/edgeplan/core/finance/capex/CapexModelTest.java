package dev.edgeplan.core.finance.capex;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CapexModelTest {

    private static final double US_AVERAGE = 11_700_000.0;

    private static CapexInputs inputs(double itKw, boolean liquid, double powerChainFactor) {
        return new CapexInputs(itKw, US_AVERAGE, liquid, 8.5, powerChainFactor, 1.0, 1.0, 0, 244_000, 11.5, 7.5);
    }

    @Test
    void sharesOfTheCostGuideAddUpToOne() {
        assertThat(Arrays.stream(Subsystem.values()).mapToDouble(Subsystem::share).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void calibrationPointIsTheCushmanWakefieldAverage() {
        // 10, 20 and 50 MW, N+1 (factor 1), air, US average location: hard cost = $11.7 M per MW of IT.
        for (double mw : new double[] {10, 20, 50}) {
            CapexBreakdown c = CapexModel.estimate(inputs(mw * 1000, false, 1.0));
            assertThat(c.hardUsd() / mw).isCloseTo(US_AVERAGE, within(1e-3));
            assertThat(c.subsystemUsd().get(Subsystem.CRITICAL_CAPACITY) / c.hardUsd()).isCloseTo(0.53, within(1e-12));
        }
    }

    @Test
    void softCostsContingencyAndLandStackAsDocumented() {
        CapexBreakdown c = CapexModel.estimate(new CapexInputs(2000, US_AVERAGE, true, 8.5, 1.0, 1.1, 1.2, 10,
                244_000, 11.5, 7.5));
        double hard = 11.7e6 * 2 * 1.1 * 1.2 * 1.085;
        assertThat(c.hardUsd()).isCloseTo(hard, within(1e-3));
        assertThat(c.softUsd()).isCloseTo(hard * 0.115, within(1e-3));
        assertThat(c.contingencyUsd()).isCloseTo(hard * 1.115 * 0.075, within(1e-3));
        assertThat(c.landUsd()).isEqualTo(2_440_000);
        // phases add up to the whole: the first carries the upfront part, every kW its per-block part
        assertThat(c.phaseUsd(500, true) + c.phaseUsd(1500, false)).isCloseTo(c.totalUsd(), within(1e-3));
    }

    @Property
    void moreInstalledPowerChainNeverCostsLess(@ForAll @DoubleRange(min = 100, max = 50_000) double itKw,
                                               @ForAll @DoubleRange(min = 1, max = 2.5) double factor,
                                               @ForAll @DoubleRange(min = 0, max = 1) double more) {
        // 2N installs more UPS and generator capacity than N+1 for the same load: its factor is higher
        assertThat(CapexModel.estimate(inputs(itKw, false, factor + more)).totalUsd())
                .isGreaterThanOrEqualTo(CapexModel.estimate(inputs(itKw, false, factor)).totalUsd());
    }
}
