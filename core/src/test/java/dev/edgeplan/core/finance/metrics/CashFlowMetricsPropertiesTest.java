package dev.edgeplan.core.finance.metrics;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CashFlowMetricsPropertiesTest {

    /**
     * |NPV at the IRR| allowed, relative to Σ|CF_t|/(1+irr)^t: the IRR is within 1e-10 × max(1, |irr|) of the root,
     * and there the NPV's slope is at most n/(1+irr) times that sum (n ≤ 30 periods); 10× slack for rounding.
     */
    private static final double RESIDUAL_PER_PERIOD = 1e-9;

    @Property
    void npvAtTheIrrIsZeroForOneSignChange(@ForAll @DoubleRange(min = 1, max = 1e6) double investment,
                                           @ForAll @Size(min = 1, max = 29) List<@DoubleRange(min = 0, max = 1e7) Double> returns) {
        double[] flows = flows(investment, returns);
        if (CashFlowMetrics.signChanges(flows) != 1) {
            return;
        }
        OptionalDouble found = CashFlowMetrics.irr(flows);
        assertThat(found).isPresent();
        double irr = found.getAsDouble();
        assertNpvVanishes(flows, irr);
        // NPV falls with the rate for invest-then-earn flows: positive below the IRR, negative above.
        double step = 0.01 * Math.max(1.0, Math.abs(irr));
        if (irr - step > -1) {
            assertThat(CashFlowMetrics.npvUsd(flows, irr - step)).isGreaterThan(0.0);
        }
        assertThat(CashFlowMetrics.npvUsd(flows, irr + step)).isLessThan(0.0);
    }

    @Property
    void irrIsEmptyExactlyWhenTheSignDoesNotChangeOnce(@ForAll @Size(min = 1, max = 12)
                                                       List<@DoubleRange(min = -1e6, max = 1e6) Double> values) {
        double[] flows = values.stream().mapToDouble(Double::doubleValue).toArray();
        OptionalDouble irr = CashFlowMetrics.irr(flows);
        assertThat(irr.isPresent()).isEqualTo(CashFlowMetrics.signChanges(flows) == 1);
        irr.ifPresent(r -> {
            assertThat(r).isFinite().isGreaterThan(-1.0);
            assertNpvVanishes(flows, r);
        });
    }

    private static void assertNpvVanishes(double[] flows, double irr) {
        double magnitude = 0.0;
        for (double d : CashFlowMetrics.discountedUsd(flows, irr)) {
            magnitude += Math.abs(d);
        }
        double allowed = RESIDUAL_PER_PERIOD * Math.max(1.0, Math.abs(irr)) * flows.length / (1.0 + irr) * magnitude;
        assertThat(CashFlowMetrics.npvUsd(flows, irr)).isCloseTo(0.0, within(allowed));
    }

    @Property
    void paybackIsWithinTheFlowsAndItsCumulativeIsNonNegative(@ForAll @DoubleRange(min = 1, max = 1e7) double investment,
                                                             @ForAll @Size(min = 1, max = 29)
                                                             List<@DoubleRange(min = 0, max = 1e7) Double> returns,
                                                             @ForAll @IntRange(min = 0, max = 30) int ratePct) {
        double[] flows = flows(investment, returns);
        double total = CashFlowMetrics.npvUsd(flows, 0.0);
        OptionalDouble payback = CashFlowMetrics.paybackPeriods(flows);
        assertThat(payback.isPresent()).isEqualTo(total >= 0);
        payback.ifPresent(p -> assertThat(p).isBetween(0.0, (double) returns.size()));
        // Discounting can only delay the payback.
        OptionalDouble discounted = CashFlowMetrics.discountedPaybackPeriods(flows, ratePct / 100.0);
        discounted.ifPresent(d -> assertThat(d).isGreaterThanOrEqualTo(payback.getAsDouble() - 1e-9));
    }

    private static double[] flows(double investment, List<Double> returns) {
        double[] flows = new double[returns.size() + 1];
        flows[0] = -investment;
        for (int t = 0; t < returns.size(); t++) {
            flows[t + 1] = returns.get(t);
        }
        return flows;
    }
}
