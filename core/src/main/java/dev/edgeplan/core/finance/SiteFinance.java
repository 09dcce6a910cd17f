package dev.edgeplan.core.finance;

import dev.edgeplan.core.finance.capex.CapexBreakdown;
import dev.edgeplan.core.phasing.BuildOut;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Capex, build-out and cash flow of one site under one phasing strategy.
 *
 * @param capex               construction cost of the whole design, by subsystem
 * @param buildOut            phases and capacity over time
 * @param cashFlow            one row per calendar year
 * @param flowsUsd            the cash-flow series the metrics use: index t = time t years from the decision
 * @param npvUsd              at the scenario's discount rate
 * @param irr                 per year; empty unless the flows change sign exactly once
 * @param paybackYears        simple payback, linearly interpolated; empty if not reached within the horizon
 * @param levelisedUsdPerKwMonth PV of all costs ÷ PV of kW-months served
 * @param levelisedUsdPerGpuHour PV of all costs ÷ PV of accelerator-hours served
 * @param ebitdaMarginPct     Σ EBITDA ÷ Σ revenue over the horizon; empty without revenue
 * @param hhi                 tenant concentration (Herfindahl–Hirschman, 0–10,000)
 */
public record SiteFinance(CapexBreakdown capex, BuildOut buildOut, List<CashFlowYear> cashFlow, double[] flowsUsd,
                          double npvUsd, OptionalDouble irr, OptionalDouble paybackYears,
                          double levelisedUsdPerKwMonth, double levelisedUsdPerGpuHour, OptionalDouble ebitdaMarginPct,
                          double hhi) {

    public SiteFinance {
        cashFlow = List.copyOf(cashFlow);
        flowsUsd = flowsUsd.clone();
    }

    public double constructionCapexUsd() {
        return cashFlow.stream().mapToDouble(CashFlowYear::constructionCapexUsd).sum();
    }

    public double itCapexUsd() {
        return cashFlow.stream().mapToDouble(CashFlowYear::itCapexUsd).sum();
    }

    /** Element-wise for the arrays, so two runs of the same scenario compare equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SiteFinance o
                && Objects.equals(capex, o.capex)
                && Objects.equals(buildOut, o.buildOut)
                && Objects.equals(cashFlow, o.cashFlow)
                && Arrays.equals(flowsUsd, o.flowsUsd)
                && Double.compare(npvUsd, o.npvUsd) == 0
                && Objects.equals(irr, o.irr)
                && Objects.equals(paybackYears, o.paybackYears)
                && Double.compare(levelisedUsdPerKwMonth, o.levelisedUsdPerKwMonth) == 0
                && Double.compare(levelisedUsdPerGpuHour, o.levelisedUsdPerGpuHour) == 0
                && Objects.equals(ebitdaMarginPct, o.ebitdaMarginPct)
                && Double.compare(hhi, o.hhi) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(capex, buildOut, cashFlow, Arrays.hashCode(flowsUsd), npvUsd, irr,
                paybackYears, levelisedUsdPerKwMonth, levelisedUsdPerGpuHour, ebitdaMarginPct, hhi);
    }

    @Override
    public String toString() {
        return "SiteFinance[capex=" + capex
                + ", buildOut=" + buildOut
                + ", cashFlow=" + cashFlow
                + ", flowsUsd=" + Arrays.toString(flowsUsd)
                + ", npvUsd=" + npvUsd
                + ", irr=" + irr
                + ", paybackYears=" + paybackYears
                + ", levelisedUsdPerKwMonth=" + levelisedUsdPerKwMonth
                + ", levelisedUsdPerGpuHour=" + levelisedUsdPerGpuHour
                + ", ebitdaMarginPct=" + ebitdaMarginPct
                + ", hhi=" + hhi + "]";
    }
}
