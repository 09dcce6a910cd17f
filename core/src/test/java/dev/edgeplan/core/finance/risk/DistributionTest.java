package dev.edgeplan.core.finance.risk;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DistributionTest {

    /** The rational approximations are monotone only up to rounding: a few ulps of values near 1. */
    private static final double ROUNDING = 1e-12;

    @Test
    void standardNormalAgainstPythonStatistics() {
        // python3: statistics.NormalDist().inv_cdf / .cdf.
        assertThat(StandardNormal.inverseCdf(0.975)).isCloseTo(1.9599639845400536, within(1e-8));
        assertThat(StandardNormal.inverseCdf(0.001)).isCloseTo(-3.090232306167813, within(1e-8));
        assertThat(StandardNormal.inverseCdf(1e-10)).isCloseTo(-6.361340902404056, within(1e-7));
        assertThat(StandardNormal.inverseCdf(0.5)).isZero();
        assertThat(StandardNormal.cdf(1.96)).isCloseTo(0.9750021048517796, within(1e-7));
        assertThat(StandardNormal.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(StandardNormal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    }

    @Test
    void triangularQuantiles() {
        Distribution t = new Distribution.Triangular(0, 1, 3);
        // CDF at the mode is (1 − 0)/(3 − 0) = 1/3.
        assertThat(t.quantile(1.0 / 3)).isCloseTo(1.0, within(1e-12));
        // Below the mode F(x) = x²/3, so F⁻¹(0.12) = 0.6; above it 1 − (3 − x)²/6, so F⁻¹(5/6) = 2.
        assertThat(t.quantile(0.12)).isCloseTo(0.6, within(1e-12));
        assertThat(t.quantile(5.0 / 6)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void lognormalMedianAndSpread() {
        Distribution l = new Distribution.LogNormal(2.0, 0.5);
        assertThat(l.quantile(0.5)).isCloseTo(2.0, within(1e-12));
        assertThat(l.quantile(0.975)).isCloseTo(2.0 * Math.exp(0.5 * 1.9599639845400536), within(1e-7));
    }

    @Test
    void untruncatedNormalIsTheNormal() {
        Distribution n = new Distribution.Normal(1.0, 0.1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertThat(n.quantile(0.975)).isCloseTo(1.0 + 0.1 * 1.9599639845400536, within(1e-8));
    }

    @Property
    void quantilesAreMonotoneAndInsideTheBounds(@ForAll @DoubleRange(min = 1e-12, max = 1 - 1e-12) @Scale(15) double p,
                                                @ForAll @DoubleRange(min = 1e-12, max = 1 - 1e-12) @Scale(15) double q) {
        double lo = Math.min(p, q);
        double hi = Math.max(p, q);
        Distribution[] all = {new Distribution.Triangular(0.5, 1.0, 1.3), new Distribution.Normal(1.0, 0.2, 0.7, 1.4),
            new Distribution.Normal(1.0, 0.05, 0.99, 1.0), new Distribution.LogNormal(1.0, 0.3)};
        for (Distribution d : all) {
            assertThat(d.quantile(lo)).isFinite().isLessThanOrEqualTo(d.quantile(hi) + ROUNDING);
        }
        assertThat(all[1].quantile(p)).isBetween(0.7, 1.4);
        assertThat(all[2].quantile(p)).isBetween(0.99, 1.0);
        assertThat(all[0].quantile(p)).isBetween(0.5, 1.3);
        assertThat(all[3].quantile(p)).isPositive();
    }

    @Test
    void invalidParametersAreRefused() {
        assertThatThrownBy(() -> new Distribution.Triangular(1, 0.5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Distribution.Normal(1, 0, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Distribution.Normal(3, 1, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Distribution.LogNormal(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskDriver("x", "X", 0.2, -0.2, new Distribution.LogNormal(1, 0.1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("risk driver x");
        assertThatThrownBy(() -> new RiskDriver(" ", "X", -0.2, 0.2, new Distribution.LogNormal(1, 0.1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
