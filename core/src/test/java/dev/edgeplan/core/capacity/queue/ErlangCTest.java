package dev.edgeplan.core.capacity.queue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ErlangCTest {

    // ------------------------------------------------------------------ closed forms

    @Test
    void mm1ProbabilityOfWaitIsUtilization() {
        // B_1 = 0.5 / 1.5 = 1/3; Pw = 1·(1/3) / (1 − 0.5·(2/3)) = 0.5 = ρ.
        assertThat(ErlangC.probabilityOfWait(1, 0.5)).isCloseTo(0.5, within(1e-15));
        assertThat(ErlangC.probabilityOfWait(1, 0.8)).isCloseTo(0.8, within(1e-15));
    }

    @Test
    void mm2WithOneErlangWaitsOneThirdOfTheTime() {
        // B_1 = 1/2, B_2 = 0.5 / 2.5 = 0.2; Pw = 2·0.2 / (2 − 1·0.8) = 1/3.
        assertThat(ErlangC.probabilityOfWait(2, 1.0)).isCloseTo(1.0 / 3.0, within(1e-15));
    }

    @Test
    void twelveServersTenErlangs() {
        // Standard Erlang C table value: C(12, 10) = 0.4494.
        assertThat(ErlangC.probabilityOfWait(12, 10.0)).isCloseTo(0.4494, within(5e-5));
    }

    @Test
    void erlangBKnownValue() {
        // By hand: B(5, 3) = (3^5/5!) / Σ_{k=0..5} 3^k/k! = 2.025 / (1 + 3 + 4.5 + 4.5 + 3.375 + 2.025)
        //        = 2.025 / 18.4 = 0.110054…
        // Recurrence: B1 = 3/4, B2 = 2.25/4.25 = 0.529412, B3 = 1.588235/4.588235 = 0.346154,
        //             B4 = 1.038462/5.038462 = 0.206107, B5 = 0.618321/5.618321 = 0.110054.
        assertThat(ErlangC.erlangB(5, 3.0)).isCloseTo(2.025 / 18.4, within(1e-15));
        assertThat(ErlangC.erlangB(5, 3.0)).isCloseTo(0.1101, within(5e-5));
        assertThat(ErlangC.erlangB(1, 2.0)).isCloseTo(2.0 / 3.0, within(1e-15));
    }

    @Test
    void erlangBMatchesDirectSumForSmallPools() {
        for (int c = 1; c <= 30; c++) {
            for (double a : new double[] {0.1, 1.0, 2.5, 7.0, 20.0, 40.0}) {
                double term = 1.0;
                double sum = 1.0;
                for (int k = 1; k <= c; k++) {
                    term *= a / k;
                    sum += term;
                }
                assertThat(ErlangC.erlangB(c, a)).as("B(%d, %s)", c, a).isCloseTo(term / sum, within(1e-13));
            }
        }
    }

    @Test
    void mm1MeanWait() {
        // λ = 0.5, S = 1: Wq = ρ·S/(1 − ρ) = 1.0.
        assertThat(ErlangC.meanWait(1, 0.5, 1.0)).isCloseTo(1.0, within(1e-15));
        // Time unit follows S: S = 2 s, λ = 0.25/s (a = 0.5) → Wq = 2 s.
        assertThat(ErlangC.meanWait(1, 0.5, 2.0)).isCloseTo(2.0, within(1e-15));
    }

    @Test
    void mm1WaitTail() {
        // M/M/1: P(Wq > t) = ρ·exp(−(1 − ρ)·t/S).
        assertThat(ErlangC.probabilityWaitExceeds(1, 0.5, 1.0, 2.0)).isCloseTo(0.5 * Math.exp(-1.0), within(1e-15));
        assertThat(ErlangC.probabilityWaitExceeds(12, 10.0, 1.0, 0.0))
                .isEqualTo(ErlangC.probabilityOfWait(12, 10.0));
    }

    // ------------------------------------------------------------------ Allen–Cunneen

    @Test
    void mgcWithPoissonAndExponentialIsExactlyMmc() {
        for (double t : new double[] {0.0, 0.1, 1.0, 5.0}) {
            assertThat(ErlangC.probabilityWaitExceedsMgc(8, 6.5, 0.7, t, 1.0, 1.0))
                    .isEqualTo(ErlangC.probabilityWaitExceeds(8, 6.5, 0.7, t));
        }
    }

    @Test
    void mgcTailUsesScaledExponent() {
        double pw = ErlangC.probabilityOfWait(4, 3.0);
        // k = (4 + 0.5)/2 = 2.25 → exponent −(4 − 3)·t/(2.25·S).
        assertThat(ErlangC.probabilityWaitExceedsMgc(4, 3.0, 2.0, 1.5, 4.0, 0.5))
                .isCloseTo(pw * Math.exp(-1.5 / (2.25 * 2.0)), within(1e-15));
    }

    @Test
    void allenCunneenMeanIsPollaczekKhinchineForMd1() {
        // M/D/1: E[Wq] = ρ·S / (2(1 − ρ)) exactly.
        double rho = 0.7;
        double s = 3.0;
        assertThat(ErlangC.meanWaitMgc(1, rho, s, 1.0, 0.0)).isCloseTo(rho * s / (2 * (1 - rho)), within(1e-12));
        assertThat(ErlangC.meanWaitMgc(5, 4.0, s, 1.0, 1.0)).isEqualTo(ErlangC.meanWait(5, 4.0, s));
    }

    @Test
    void deterministicArrivalsAndServiceNeverWaitPastZero() {
        assertThat(ErlangC.probabilityWaitExceedsMgc(4, 3.0, 1.0, 0.01, 0.0, 0.0)).isZero();
        assertThat(ErlangC.probabilityWaitExceedsMgc(4, 3.0, 1.0, 0.0, 0.0, 0.0))
                .isEqualTo(ErlangC.probabilityOfWait(4, 3.0));
    }

    // ------------------------------------------------------------------ edges and numerics

    @Test
    void zeroLoadNeverWaits() {
        assertThat(ErlangC.erlangB(3, 0.0)).isZero();
        assertThat(ErlangC.probabilityOfWait(3, 0.0)).isZero();
        assertThat(ErlangC.meanWait(3, 0.0, 1.0)).isZero();
        assertThat(ErlangC.probabilityWaitExceeds(3, 0.0, 1.0, 1.0)).isZero();
        assertThat(ErlangC.serversForWaitPercentile(0.0, 1.0, 0.0, 99.0, 1.0, 1.0)).isEqualTo(1);
    }

    @Test
    void unstableQueuesSaturateInsteadOfLeakingNaN() {
        assertThat(ErlangC.probabilityOfWait(4, 4.0)).isEqualTo(1.0);
        assertThat(ErlangC.probabilityOfWait(4, 1e12)).isEqualTo(1.0);
        assertThat(ErlangC.meanWait(4, 4.0, 1.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ErlangC.meanWaitMgc(4, 5.0, 1.0, 2.0, 1.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ErlangC.probabilityWaitExceeds(4, 4.5, 1.0, 10.0)).isEqualTo(1.0);
        assertThat(ErlangC.probabilityWaitExceedsMgc(4, 4.5, 1.0, 10.0, 3.0, 1.0)).isEqualTo(1.0);
        assertThat(ErlangC.erlangB(4, 1e12)).isBetween(0.0, 1.0);
    }

    @Test
    void nearlyCriticalLoadStaysFinite() {
        double pw = ErlangC.probabilityOfWait(100, 100.0 - 1e-9);
        assertThat(pw).isBetween(0.99, 1.0);
        assertThat(ErlangC.meanWait(100, 100.0 - 1e-9, 1.0)).isFinite().isGreaterThan(1e6);
    }

    @Test
    void extremeArgumentsNeitherOverflowNorUnderflowToNaN() {
        // Huge pools: the recurrence stays in [0, 1].
        double b = ErlangC.erlangB(1_000_000, 1_000_000.0);
        assertThat(b).isFinite().isBetween(1e-4, 1e-3);   // ≈ 1/sqrt(π·a/2) · … ≈ 7.98e-4
        assertThat(ErlangC.probabilityOfWait(1_000_100, 1_000_000.0)).isBetween(0.0, 1.0);
        // Very light load in a large pool: B underflows to exactly 0, which is the rounded answer.
        assertThat(ErlangC.erlangB(400, 0.01)).isZero();
        assertThat(ErlangC.probabilityOfWait(400, 0.01)).isZero();
        assertThat(ErlangC.probabilityOfWait(400, Double.MIN_VALUE)).isZero();
        assertThat(ErlangC.probabilityOfWait(1, Double.MIN_VALUE)).isBetween(0.0, 1e-300);
    }

    @Test
    void rejectsInvalidInputsWithClearMessages() {
        assertThatThrownBy(() -> ErlangC.erlangB(0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c must be >= 1");
        assertThatThrownBy(() -> ErlangC.erlangB(2, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offeredLoad").hasMessageContaining("NaN");
        assertThatThrownBy(() -> ErlangC.probabilityOfWait(2, -0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offeredLoad");
        assertThatThrownBy(() -> ErlangC.probabilityOfWait(2, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offeredLoad");
        assertThatThrownBy(() -> ErlangC.meanWait(2, 1.0, 0.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meanServiceTime");
        assertThatThrownBy(() -> ErlangC.meanWait(2, 1.0, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meanServiceTime");
        assertThatThrownBy(() -> ErlangC.probabilityWaitExceeds(2, 1.0, 1.0, -1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t must be");
        assertThatThrownBy(() -> ErlangC.probabilityWaitExceedsMgc(2, 1.0, 1.0, 1.0, -1.0, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ca2");
        assertThatThrownBy(() -> ErlangC.probabilityWaitExceedsMgc(2, 1.0, 1.0, 1.0, 1.0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cs2");
        assertThatThrownBy(() -> ErlangC.serversForWaitPercentile(10, 1, 0.1, 100.0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentile");
        assertThatThrownBy(() -> ErlangC.serversForWaitPercentile(10, 1, 0.1, 0.0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentile");
        assertThatThrownBy(() -> ErlangC.serversForWaitPercentile(10, 1, 0.1, Double.NaN, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentile");
        assertThatThrownBy(() -> ErlangC.serversForWaitPercentile(10, 1, -0.1, 99, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waitBudget");
        assertThatThrownBy(() -> ErlangC.serversForWaitPercentile(2e9, 1, 0.1, 99, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offeredLoad");
    }

    // ------------------------------------------------------------------ sizing

    @Test
    void sizingSmallExampleByHand() {
        // a = 10, t = 0, p = 50: need Pw ≤ 0.5. Pw(12, 10) = 0.449 ≤ 0.5, Pw(11, 10) = 0.682 > 0.5.
        assertThat(ErlangC.probabilityOfWait(11, 10.0)).isGreaterThan(0.5);
        assertThat(ErlangC.serversForWaitPercentile(10.0, 1.0, 0.0, 50.0, 1.0, 1.0)).isEqualTo(12);
        // Integer load: the result must be strictly above a (c = a is unstable).
        assertThat(ErlangC.serversForWaitPercentile(3.0, 1.0, 100.0, 10.0, 1.0, 1.0)).isEqualTo(4);
        // Sub-unit load still needs one server.
        assertThat(ErlangC.serversForWaitPercentile(0.2, 1.0, 5.0, 99.0, 1.0, 1.0)).isEqualTo(1);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void largeLoadIsFastAndCloseToHalfinWhittSquareRootStaffing() {
        double a = 100_000.0;
        double sqrtA = Math.sqrt(a);
        // {percentile, t/S, ca2, cs2}
        double[][] cases = {
            {99.0, 0.0, 1.0, 1.0},     // Pw ≤ 1 %  → β ≈ 2.37
            {90.0, 0.0, 1.0, 1.0},     // Pw ≤ 10 % → β ≈ 1.42
            {99.0, 0.002, 1.0, 1.0},   // tail with a wait budget
            {99.9, 0.002, 4.0, 1.0},   // bursty arrivals, Allen–Cunneen scaling
        };
        for (double[] k : cases) {
            double p = k[0];
            double t = k[1];
            double scale = 0.5 * (k[2] + k[3]);
            int c = ErlangC.serversForWaitPercentile(a, 1.0, t, p, k[2], k[3]);
            double beta = halfinWhittBeta(1.0 - p / 100.0, sqrtA * t / scale);
            double hw = a + beta * sqrtA;
            assertThat((double) c).as("p=%s t=%s scale=%s β=%s", p, t, scale, beta)
                    .isGreaterThan(a)
                    .isCloseTo(hw, within(0.05 * beta * sqrtA + 3.0));
            assertThat(ErlangC.probabilityWaitExceedsMgc(c, a, 1.0, t, k[2], k[3])).isLessThanOrEqualTo(1 - p / 100);
        }
        assertThat(halfinWhittBeta(0.01, 0.0)).isCloseTo(2.37, within(0.02));
        assertThat(halfinWhittBeta(0.10, 0.0)).isCloseTo(1.42, within(0.02));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void millionErlangsIsStillFast() {
        int c = ErlangC.serversForWaitPercentile(1_000_000.0, 1.0, 0.0, 99.0, 1.0, 1.0);
        assertThat(c).isGreaterThan(1_000_000).isLessThan(1_000_000 + 3 * 1_000);
    }

    /**
     * Halfin–Whitt: with c = a + β√a, Pw → 1/(1 + β·Φ(β)/φ(β)) and (c − a)/S = β√a/S, so the target
     * Pw(β)·exp(−β·x) = ε with x = √a·t/(k·S). Solved by bisection (the left side decreases in β).
     */
    private static double halfinWhittBeta(double target, double x) {
        double lo = 1e-9;
        double hi = 20.0;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double pw = 1.0 / (1.0 + mid * normalCdf(mid) / normalPdf(mid));
            if (pw * Math.exp(-mid * x) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double normalPdf(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /** Φ(z) for z ≥ 0 via Abramowitz–Stegun 26.2.17 (|error| < 7.5e-8). */
    private static double normalCdf(double z) {
        double t = 1.0 / (1.0 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1.0 - normalPdf(z) * poly;
    }
}
