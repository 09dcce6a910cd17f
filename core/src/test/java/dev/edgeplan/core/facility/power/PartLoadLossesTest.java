package dev.edgeplan.core.facility.power;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Transformer and UPS part-load losses: hand-computed cases and the shape of the loss fraction. */
class PartLoadLossesTest {

    @Test
    void fifteenHundredKvaTransformerFromItsDoeHalfLoadEfficiency() {
        // η50 = 99.48 %: half-load output 750 kW, loss 750 × (1/0.9948 − 1) = 3.92039 kW, split evenly at half load:
        // no-load 1.96019 kW, full-load winding 4 × 1.96019 = 7.84077 kW.
        double l50 = 750 * (1 / 0.9948 - 1);
        assertThat(TransformerLosses.noLoadKw(1500)).isCloseTo(l50 / 2, within(1e-12)).isCloseTo(1.96019, within(1e-5));
        assertThat(TransformerLosses.fullLoadWindingKw(1500)).isCloseTo(2 * l50, within(1e-12));
        assertThat(TransformerLosses.lossKw(1, 1500, 750)).isCloseTo(l50, within(1e-12));
        // Two units sharing 1,800 kVA: x = 0.6 → 2 × (1.96019 + 7.84077 × 0.36) = 9.56574 kW.
        assertThat(TransformerLosses.lossKw(2, 1500, 1800)).isCloseTo(2 * (l50 / 2 + 2 * l50 * 0.36), within(1e-12))
                .isCloseTo(9.56574, within(1e-5));
        // 1,250 kVA is interpolated linearly between 1,000 (99.43 %) and 1,500 kVA (99.48 %).
        assertThat(TransformerLosses.efficiencyAtHalfLoad(1250)).isCloseTo(0.99455, within(1e-12));
        assertThat(TransformerLosses.efficiencyAtHalfLoad(3750)).isEqualTo(0.9953);
    }

    @Test
    void upsEfficiencyAtFullAndHalfLoad() {
        // loss/rated = 0.012 + 0.015 x + 0.013 x²: full load 4.0 % of rating → 96.15 %; half load 2.275 % → 95.65 %.
        assertThat(UpsLosses.efficiency(1000, 1000)).isCloseTo(1 / 1.04, within(1e-12));
        assertThat(UpsLosses.efficiency(1000, 500)).isCloseTo(500 / 522.75, within(1e-12));
    }

    /** Below the efficiency maximum x* = √(no-load / square-law) a higher load never has a higher loss fraction. */
    @Property
    void upsLossFractionFallsWithLoadUpToTheCurvesMinimum(@ForAll @DoubleRange(min = 0.01, max = 1.0) double a,
                                                          @ForAll @DoubleRange(min = 0.01, max = 1.0) double b) {
        double xStar = Math.sqrt(UpsLosses.NO_LOAD / UpsLosses.SQUARE_LAW);
        double lo = Math.min(a, b) * Math.min(1.0, xStar);
        double hi = Math.max(a, b) * Math.min(1.0, xStar);
        assertThat(UpsLosses.lossKw(1000, 1000 * hi) / (1000 * hi))
                .isLessThanOrEqualTo(UpsLosses.lossKw(1000, 1000 * lo) / (1000 * lo) + 1e-15);
    }

    @Property
    void transformerLossFractionFallsToHalfLoadAndRisesAfter(@ForAll @DoubleRange(min = 15, max = 3750) double kva,
                                                             @ForAll @DoubleRange(min = 0.02, max = 0.5) double x,
                                                             @ForAll @DoubleRange(min = 0.001, max = 0.5) @Scale(4) double step) {
        // no-load = winding loss at x = 0.5, so the loss fraction is smallest at exactly half load.
        double below = TransformerLosses.lossKw(1, kva, kva * x) / (kva * x);
        double nearer = TransformerLosses.lossKw(1, kva, kva * Math.min(0.5, x + step)) / (kva * Math.min(0.5, x + step));
        assertThat(nearer).isLessThanOrEqualTo(below + 1e-15);
        double above = TransformerLosses.lossKw(1, kva, kva * (0.5 + step)) / (kva * (0.5 + step));
        double further = TransformerLosses.lossKw(1, kva, kva * (0.5 + 2 * step)) / (kva * (0.5 + 2 * step));
        assertThat(further).isGreaterThanOrEqualTo(above - 1e-15);
        // Bigger transformers are at least as efficient at the test point (the DOE table rises with kVA).
        assertThat(TransformerLosses.efficiencyAtHalfLoad(kva * 1.5)).isGreaterThanOrEqualTo(
                TransformerLosses.efficiencyAtHalfLoad(kva));
    }
}
