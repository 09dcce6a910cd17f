package dev.edgeplan.core.finance.risk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MonteCarloTest {

    private static final long SEED = 42;
    /** The convergence check: P50 within 1 % between 10,000 and 40,000 draws. */
    private static final double P50_STABILITY = 0.01;

    @Test
    void sameSeedGivesTheSameSummary() {
        for (Sampling sampling : Sampling.values()) {
            RiskSummary a = MonteCarlo.run(ToySiteModel.DRIVERS, 2_000, SEED, ToySiteModel::npvUsd, sampling,
                    ProgressListener.NONE);
            RiskSummary b = MonteCarlo.run(ToySiteModel.DRIVERS, 2_000, SEED, ToySiteModel::npvUsd, sampling,
                    ProgressListener.NONE);
            assertThat(a).isEqualTo(b);
        }
    }

    @Test
    void differentSeedGivesDifferentDraws() {
        double[] a = draws(SEED, 1_000, Sampling.LATIN_HYPERCUBE);
        double[] b = draws(SEED + 1, 1_000, Sampling.LATIN_HYPERCUBE);
        assertThat(a).isNotEqualTo(b);
        assertThat(draws(SEED, 1_000, Sampling.RANDOM)).isNotEqualTo(draws(SEED + 1, 1_000, Sampling.RANDOM));
    }

    @Test
    void randomSamplingIsAPrefixOfALongerRun() {
        double[] shortRun = draws(SEED, 500, Sampling.RANDOM);
        double[] longRun = draws(SEED, 2_000, Sampling.RANDOM);
        assertThat(Arrays.copyOf(longRun, 500)).containsExactly(shortRun);
    }

    @Test
    void changingOneDistributionLeavesTheOtherDriversDrawsAlone() {
        List<RiskDriver> changed = new ArrayList<>(ToySiteModel.DRIVERS);
        changed.set(1, RiskDriver.symmetric("price", "Price", 0.2, new Distribution.Triangular(0.5, 0.9, 1.1)));
        for (Sampling sampling : Sampling.values()) {
            List<double[]> before = multipliers(ToySiteModel.DRIVERS, sampling);
            List<double[]> after = multipliers(changed, sampling);
            for (int d = 0; d < before.size(); d++) {
                assertThat(after.get(d)[0]).isEqualTo(before.get(d)[0]);
                assertThat(after.get(d)[2]).isEqualTo(before.get(d)[2]);
                assertThat(after.get(d)[4]).isEqualTo(before.get(d)[4]);
            }
            assertThat(after.get(0)[1]).isNotEqualTo(before.get(0)[1]);
        }
    }

    @Test
    void p50IsStableWithin1PercentBetween10kAnd40kDraws() {
        RiskSummary tenK = MonteCarlo.run(ToySiteModel.DRIVERS, 10_000, SEED, ToySiteModel::npvUsd);
        RiskSummary fortyK = MonteCarlo.run(ToySiteModel.DRIVERS, 40_000, SEED, ToySiteModel::npvUsd);
        assertThat(tenK.p50NpvUsd()).isCloseTo(fortyK.p50NpvUsd(), within(P50_STABILITY * fortyK.p50NpvUsd()));
        assertThat(tenK.meanNpvUsd()).isCloseTo(fortyK.meanNpvUsd(), within(P50_STABILITY * fortyK.meanNpvUsd()));
    }

    @Test
    void p50IsStableFor19Of20Seeds() {
        // Not one lucky seed: on this model the 10k-vs-40k P50 difference is 0.39 % RMS over seeds 1–20 with the Latin
        // hypercube (19 of 20 within 1 %), 0.64 % RMS with plain random sampling (16 of 20): docs/finance.md.
        int stable = 0;
        for (long seed = 1; seed <= 20; seed++) {
            double tenK = MonteCarlo.run(ToySiteModel.DRIVERS, 10_000, seed, ToySiteModel::npvUsd).p50NpvUsd();
            double fortyK = MonteCarlo.run(ToySiteModel.DRIVERS, 40_000, seed, ToySiteModel::npvUsd).p50NpvUsd();
            if (Math.abs(tenK / fortyK - 1) <= P50_STABILITY) {
                stable++;
            }
        }
        assertThat(stable).isGreaterThanOrEqualTo(19);
    }

    @Test
    void oneTriangularDriverMatchesItsAnalyticPercentiles() {
        // Triangular(0, 1, 3): mean 4/3; F(x) = x²/3 below the mode, 1 − (3 − x)²/6 above, so P10 = √0.3,
        // P50 = 3 − √3, P90 = 3 − √0.6, P(x < 0.5) = 1/12.
        List<RiskDriver> one = List.of(RiskDriver.symmetric("x", "X", 0.2, new Distribution.Triangular(0, 1, 3)));
        RiskSummary s = MonteCarlo.run(one, 10_000, SEED, m -> m[0] - 0.5);
        assertThat(s.meanNpvUsd()).isCloseTo(4.0 / 3 - 0.5, within(1e-3));
        assertThat(s.p10NpvUsd()).isCloseTo(Math.sqrt(0.3) - 0.5, within(1e-3));
        assertThat(s.p50NpvUsd()).isCloseTo(3 - Math.sqrt(3) - 0.5, within(1e-3));
        assertThat(s.p90NpvUsd()).isCloseTo(3 - Math.sqrt(0.6) - 0.5, within(1e-3));
        assertThat(s.probabilityOfLoss()).isCloseTo(1.0 / 12, within(1e-3));
    }

    @Test
    void summaryIsOrderedAndBounded() {
        RiskSummary s = MonteCarlo.run(ToySiteModel.DRIVERS, 10_000, SEED, ToySiteModel::npvUsd);
        assertThat(s.draws()).isEqualTo(10_000);
        assertThat(s.minNpvUsd()).isLessThanOrEqualTo(s.p10NpvUsd());
        assertThat(s.p10NpvUsd()).isLessThanOrEqualTo(s.p50NpvUsd());
        assertThat(s.p50NpvUsd()).isLessThanOrEqualTo(s.p90NpvUsd());
        assertThat(s.p90NpvUsd()).isLessThanOrEqualTo(s.maxNpvUsd());
        assertThat(s.probabilityOfLoss()).isBetween(0.0, 1.0).isPositive();
        assertThat(s.histogram().counts()).hasSize(RiskSummary.HISTOGRAM_BINS);
        assertThat(s.histogram().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
    }

    @Test
    void noDriversGiveTheBaseCaseEveryDraw() {
        // Degenerate but legal: no drivers, every draw is the base case; no loss.
        RiskSummary s = MonteCarlo.run(List.of(), 100, SEED, m -> 7.0);
        assertThat(s.p10NpvUsd()).isEqualTo(7.0);
        assertThat(s.sdNpvUsd()).isZero();
        assertThat(s.probabilityOfLoss()).isZero();
        assertThat(s.histogram().counts().get(0)).isEqualTo(100);
    }

    @Test
    void progressIsReportedUpToTheEnd() {
        List<Integer> done = new ArrayList<>();
        MonteCarlo.run(ToySiteModel.DRIVERS, 1_000, SEED, ToySiteModel::npvUsd, Sampling.LATIN_HYPERCUBE,
                (drawsDone, total) -> {
                    assertThat(total).isEqualTo(1_000);
                    done.add(drawsDone);
                });
        assertThat(done).isSorted().hasSize(MonteCarlo.PROGRESS_CALLS).endsWith(1_000);
    }

    @Test
    void parallelEvaluationGivesEachDrawItsOwnSequentialResult() {
        double[][] m = MonteCarlo.multipliers(ToySiteModel.DRIVERS, 5_000, SEED, Sampling.LATIN_HYPERCUBE);
        double[] sequential = new double[m.length];
        for (int d = 0; d < m.length; d++) {
            sequential[d] = ToySiteModel.npvUsd(m[d]);
        }
        assertThat(draws(SEED, 5_000, Sampling.LATIN_HYPERCUBE)).containsExactly(sequential);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> MonteCarlo.run(ToySiteModel.DRIVERS, 0, SEED, ToySiteModel::npvUsd))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("draws");
        assertThatThrownBy(() -> MonteCarlo.run(ToySiteModel.DRIVERS, 10, SEED, m -> Double.NaN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NaN");
    }

    private static double[] draws(long seed, int n, Sampling sampling) {
        return MonteCarlo.npvDrawsUsd(ToySiteModel.DRIVERS, n, seed, ToySiteModel::npvUsd, sampling,
                ProgressListener.NONE);
    }

    private static List<double[]> multipliers(List<RiskDriver> drivers, Sampling sampling) {
        return List.of(MonteCarlo.multipliers(drivers, 200, SEED, sampling));
    }
}
