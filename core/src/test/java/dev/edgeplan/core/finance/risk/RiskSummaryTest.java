package dev.edgeplan.core.finance.risk;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RiskSummaryTest {

    @Test
    void percentilesInterpolateLinearlyAsNumpy() {
        // numpy.percentile([-3, 1, 2, 10], [10, 50, 90]) = [-1.8, 1.5, 7.6].
        RiskSummary s = RiskSummary.of(new double[] {10, -3, 2, 1});
        assertThat(s.p10NpvUsd()).isCloseTo(-1.8, within(1e-12));
        assertThat(s.p50NpvUsd()).isCloseTo(1.5, within(1e-12));
        assertThat(s.p90NpvUsd()).isCloseTo(7.6, within(1e-12));
        assertThat(s.meanNpvUsd()).isEqualTo(2.5);
        // numpy.std([-3, 1, 2, 10], ddof=1) = 5.446711546122732.
        assertThat(s.sdNpvUsd()).isCloseTo(5.446711546122732, within(1e-12));
        assertThat(s.probabilityOfLoss()).isEqualTo(0.25);
        assertThat(s.histogram().lowerUsd()).isEqualTo(-3.0);
        assertThat(s.histogram().binWidthUsd()).isCloseTo(13.0 / RiskSummary.HISTOGRAM_BINS, within(1e-12));
        assertThat(s.histogram().counts().get(RiskSummary.HISTOGRAM_BINS - 1)).isEqualTo(1);
    }

    @Test
    void zeroIsNotALoss() {
        assertThat(RiskSummary.of(new double[] {0, 0, -1, 5}).probabilityOfLoss()).isEqualTo(0.25);
    }

    @Property
    void percentilesAreOrderedAndLossIsAProbability(@ForAll @Size(min = 1, max = 200)
                                                    List<@DoubleRange(min = -1e9, max = 1e9) Double> values) {
        RiskSummary s = RiskSummary.of(values.stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(s.minNpvUsd()).isLessThanOrEqualTo(s.p10NpvUsd());
        assertThat(s.p10NpvUsd()).isLessThanOrEqualTo(s.p50NpvUsd());
        assertThat(s.p50NpvUsd()).isLessThanOrEqualTo(s.p90NpvUsd());
        assertThat(s.p90NpvUsd()).isLessThanOrEqualTo(s.maxNpvUsd());
        assertThat(s.probabilityOfLoss()).isBetween(0.0, 1.0);
        assertThat(s.histogram().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(values.size());
    }
}
