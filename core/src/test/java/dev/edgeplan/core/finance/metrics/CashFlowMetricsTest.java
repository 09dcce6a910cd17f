package dev.edgeplan.core.finance.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CashFlowMetricsTest {

    /** The issue's example. */
    private static final double[] ISSUE_FLOWS = {-100, 30, 40, 50, 20};
    private static final double ISSUE_RATE = 0.08;

    @Test
    void issueExampleMatchesTheHandComputedReference() {
        // −100 + 30/1.08 + 40/1.08² + 50/1.08³ + 20/1.08⁴ (python3, docs/finance.md).
        assertThat(CashFlowMetrics.npvUsd(ISSUE_FLOWS, ISSUE_RATE)).isCloseTo(16.46353969678664, within(1e-9));
        // Bisection in python to 1e-15; also 1/0.8671362 − 1 from numpy.roots.
        assertThat(CashFlowMetrics.irr(ISSUE_FLOWS)).hasValueCloseTo(0.1532213787718154, within(1e-9));
        // Cumulative −100, −70, −30, +20: 2 periods + 30/50 of the third.
        assertThat(CashFlowMetrics.paybackPeriods(ISSUE_FLOWS)).hasValueCloseTo(2.6, within(1e-12));
        // Discounted cumulative after period 2: −37.92866941; period 3 brings 50/1.08³ = 39.69161205.
        assertThat(CashFlowMetrics.discountedPaybackPeriods(ISSUE_FLOWS, ISSUE_RATE))
                .hasValueCloseTo(2.955584, within(1e-9));
    }

    @Test
    void firstFlowIsNotDiscountedUnlikeExcelNpv() {
        assertThat(CashFlowMetrics.npvUsd(new double[] {-100}, 0.5)).isEqualTo(-100.0);
        // Excel's NPV(0.1, 110) would give 100; numpy-financial's convention gives 110 at time 0.
        assertThat(CashFlowMetrics.npvUsd(new double[] {110}, 0.1)).isEqualTo(110.0);
        assertThat(CashFlowMetrics.npvUsd(new double[] {0, 110}, 0.1)).isCloseTo(100.0, within(1e-12));
    }

    @Test
    void zeroRateGivesThePlainSum() {
        assertThat(CashFlowMetrics.npvUsd(ISSUE_FLOWS, 0.0)).isEqualTo(40.0);
        assertThat(CashFlowMetrics.discountedPaybackPeriods(ISSUE_FLOWS, 0.0))
                .isEqualTo(CashFlowMetrics.paybackPeriods(ISSUE_FLOWS));
    }

    @Test
    void allNegativeFlowsHaveNoIrrAndNoPayback() {
        double[] flows = {-100, -10, -5};
        assertThat(CashFlowMetrics.irr(flows)).isEmpty();
        assertThat(CashFlowMetrics.paybackPeriods(flows)).isEmpty();
        assertThat(CashFlowMetrics.discountedPaybackPeriods(flows, 0.08)).isEmpty();
    }

    @Test
    void allZeroOrAllPositiveFlowsHaveNoIrr() {
        assertThat(CashFlowMetrics.irr(new double[] {0, 0, 0})).isEmpty();
        assertThat(CashFlowMetrics.irr(new double[] {5, 10})).isEmpty();
        assertThat(CashFlowMetrics.paybackPeriods(new double[] {5, 10})).hasValue(0.0);
    }

    @Test
    void severalSignChangesHaveNoIrr() {
        // −100, +230, −132 has two IRRs (10 % and 20 %): (1+r)² · 100 − 230 (1+r) + 132 = 0.
        double[] twoRoots = {-100, 230, -132};
        assertThat(CashFlowMetrics.npvUsd(twoRoots, 0.10)).isCloseTo(0.0, within(1e-9));
        assertThat(CashFlowMetrics.npvUsd(twoRoots, 0.20)).isCloseTo(0.0, within(1e-9));
        assertThat(CashFlowMetrics.signChanges(twoRoots)).isEqualTo(2);
        assertThat(CashFlowMetrics.irr(twoRoots)).isEmpty();
        assertThat(CashFlowMetrics.irr(new double[] {-100, 60, 60, -50, 30})).isEmpty();
    }

    @Test
    void zerosDoNotCountAsSignChanges() {
        double[] flows = {0, -100, 0, 0, 121, 0};
        assertThat(CashFlowMetrics.signChanges(flows)).isEqualTo(1);
        // 121 three periods after 100: (1+r)³ = 1.21 → r = 1.21^(1/3) − 1.
        assertThat(CashFlowMetrics.irr(flows)).hasValueCloseTo(Math.cbrt(1.21) - 1, within(1e-10));
    }

    @Test
    void negativeIrrIsStillAnIrr() {
        // Cumulative −10 at the end: the money is never recovered; python bisection gives −5.088544137262058 %.
        double[] flows = {-100, 30, 30, 30};
        assertThat(CashFlowMetrics.irr(flows)).hasValueCloseTo(-0.05088544137262058, within(1e-9));
        assertThat(CashFlowMetrics.paybackPeriods(flows)).isEmpty();
    }

    @Test
    void irrOfZeroAndOfAlmostTotalLoss() {
        assertThat(CashFlowMetrics.irr(new double[] {-100, 50, 50})).hasValue(0.0);
        // Getting back 1 of 100 after one period: −99 %.
        assertThat(CashFlowMetrics.irr(new double[] {-100, 1})).hasValueCloseTo(-0.99, within(1e-10));
        // Doubling a thousand-fold: IRR 999 per period, bracketed by doubling the upper end.
        assertThat(CashFlowMetrics.irr(new double[] {-1, 1000})).hasValueCloseTo(999.0, within(1e-7));
    }

    @Test
    void inflowFirstFlowsHaveAnIrrToo() {
        // Borrow 100, repay 110: the cost of the loan, 10 %.
        assertThat(CashFlowMetrics.irr(new double[] {100, -110})).hasValueCloseTo(0.10, within(1e-10));
    }

    @Test
    void paybackExactlyAtAPeriodBoundary() {
        assertThat(CashFlowMetrics.paybackPeriods(new double[] {-100, 50, 50, 10})).hasValue(2.0);
        assertThat(CashFlowMetrics.paybackPeriods(new double[] {-100, 100})).hasValue(1.0);
    }

    @Test
    void paybackIsWhenTheCumulativeStaysAboveZero() {
        // Cumulative −100, −40, +20, −30 (a refresh), 0: paid back for good at the end of period 4, not at 1.67.
        assertThat(CashFlowMetrics.paybackPeriods(new double[] {-100, 60, 60, -50, 30})).hasValue(4.0);
    }

    @Test
    void capitalRecoveryFactor() {
        // 7 % over 20 years: r(1+r)^n/((1+r)^n − 1) = 0.09439292574325567 (python3).
        assertThat(CashFlowMetrics.crf(0.07, 20)).isCloseTo(0.09439292574325567, within(1e-15));
        assertThat(CashFlowMetrics.crf(0.0, 8)).isEqualTo(0.125);
        // Continuous at 0: a tiny rate is 1/n plus a tiny bit, not cancellation noise.
        assertThat(CashFlowMetrics.crf(1e-12, 8)).isCloseTo(0.125, within(1e-12)).isGreaterThan(0.125);
        assertThat(CashFlowMetrics.crf(0.1, 1)).isCloseTo(1.1, within(1e-15));
    }

    @Test
    void levelisedCostPerKwMonth() {
        // $1.17 M of capex for 100 kW over 20 years at 7 %, $30k opex a year, 100 kW × 12 kW-months a year.
        double perKwMonth = CashFlowMetrics.levelisedCostPerUnit(1_170_000, 0.07, 20, 30_000, 100 * 12);
        assertThat(perKwMonth).isCloseTo((1_170_000 * 0.09439292574325567 + 30_000) / 1200, within(1e-9));
        // Level costs and units: equal to PV(costs) / PV(units).
        double[] costs = new double[21];
        double[] units = new double[21];
        costs[0] = 1_170_000;
        for (int t = 1; t <= 20; t++) {
            costs[t] = 30_000;
            units[t] = 1200;
        }
        assertThat(perKwMonth).isCloseTo(CashFlowMetrics.npvUsd(costs, 0.07) / CashFlowMetrics.npvUsd(units, 0.07),
                within(1e-9));
    }

    @Test
    void ebitdaMargin() {
        assertThat(CashFlowMetrics.ebitdaMargin(200, 150)).hasValueCloseTo(0.25, within(1e-15));
        assertThat(CashFlowMetrics.ebitdaMargin(0, 10)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithTheValue() {
        assertThatThrownBy(() -> CashFlowMetrics.npvUsd(new double[] {-100, Double.NaN}, 0.08))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cash flow 1").hasMessageContaining("NaN");
        assertThatThrownBy(() -> CashFlowMetrics.irr(new double[] {Double.POSITIVE_INFINITY, -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cash flow 0");
        assertThatThrownBy(() -> CashFlowMetrics.npvUsd(new double[0], 0.08))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> CashFlowMetrics.npvUsd(ISSUE_FLOWS, -1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("> −1");
        assertThatThrownBy(() -> CashFlowMetrics.npvUsd(ISSUE_FLOWS, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate");
        assertThatThrownBy(() -> CashFlowMetrics.crf(0.07, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CashFlowMetrics.levelisedCostPerUnit(1, 0.07, 20, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unitsPerPeriod");
    }
}
