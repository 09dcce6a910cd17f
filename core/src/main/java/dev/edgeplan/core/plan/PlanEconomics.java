package dev.edgeplan.core.plan;

import dev.edgeplan.core.finance.risk.RiskSummary;
import dev.edgeplan.core.finance.risk.TornadoResult;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The plan's money over all sites under the scenario's phasing strategy.
 *
 * @param revenueModel   colocation, gpu_hours or tokens
 * @param strategy       the phasing strategy the sites' cash flows use
 * @param flowsUsd       summed cash-flow series, index t = time t years from the decision
 * @param npvUsd         total NPV
 * @param irr            of the summed flows; empty unless they change sign exactly once
 * @param paybackYears   simple payback of the summed flows, if reached
 * @param strategies     the scenario's strategy and the other one, for comparison
 * @param tornado        one-at-a-time sensitivity of the NPV
 * @param monteCarlo     NPV distribution, when risk.draws &gt; 0
 * @param hhi            tenant concentration (Herfindahl–Hirschman, 0–10,000)
 * @param concentration  low, moderate or high (US 2023 Merger Guidelines thresholds)
 */
public record PlanEconomics(String revenueModel, String strategy, double[] flowsUsd, double npvUsd, OptionalDouble irr,
                            OptionalDouble paybackYears, List<StrategyOutcome> strategies, TornadoResult tornado,
                            Optional<RiskSummary> monteCarlo, double hhi, String concentration) {

    public PlanEconomics {
        flowsUsd = flowsUsd.clone();
        strategies = List.copyOf(strategies);
    }

    /** Element-wise for the arrays, so two runs of the same scenario compare equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlanEconomics o
                && Objects.equals(revenueModel, o.revenueModel)
                && Objects.equals(strategy, o.strategy)
                && Arrays.equals(flowsUsd, o.flowsUsd)
                && Double.compare(npvUsd, o.npvUsd) == 0
                && Objects.equals(irr, o.irr)
                && Objects.equals(paybackYears, o.paybackYears)
                && Objects.equals(strategies, o.strategies)
                && Objects.equals(tornado, o.tornado)
                && Objects.equals(monteCarlo, o.monteCarlo)
                && Double.compare(hhi, o.hhi) == 0
                && Objects.equals(concentration, o.concentration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(revenueModel, strategy, Arrays.hashCode(flowsUsd), npvUsd, irr,
                paybackYears, strategies, tornado, monteCarlo, hhi, concentration);
    }

    @Override
    public String toString() {
        return "PlanEconomics[revenueModel=" + revenueModel
                + ", strategy=" + strategy
                + ", flowsUsd=" + Arrays.toString(flowsUsd)
                + ", npvUsd=" + npvUsd
                + ", irr=" + irr
                + ", paybackYears=" + paybackYears
                + ", strategies=" + strategies
                + ", tornado=" + tornado
                + ", monteCarlo=" + monteCarlo
                + ", hhi=" + hhi
                + ", concentration=" + concentration + "]";
    }
}
