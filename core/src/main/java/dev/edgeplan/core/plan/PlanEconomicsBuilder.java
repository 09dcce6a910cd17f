package dev.edgeplan.core.plan;

import dev.edgeplan.core.finance.PlanRisk;
import dev.edgeplan.core.finance.SiteEconomics;
import dev.edgeplan.core.finance.SiteFinance;
import dev.edgeplan.core.finance.metrics.CashFlowMetrics;
import dev.edgeplan.core.finance.revenue.Tenancy;
import dev.edgeplan.core.finance.risk.ProgressListener;
import dev.edgeplan.core.finance.risk.RiskSummary;
import dev.edgeplan.core.scenario.Scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Sums the sites' cash flows and runs the sensitivity and Monte Carlo over them. */
final class PlanEconomicsBuilder {

    private PlanEconomicsBuilder() {
    }

    static PlanEconomics build(Scenario scenario, List<SitePlan> sites, ProgressListener drawsDone) {
        List<SiteEconomics> economics = sites.stream().map(SitePlan::economics).toList();
        double[] flows = sumFlows(sites, SitePlan::finance, scenario.horizonYears());
        double rate = scenario.finance().discountRatePct() / 100.0;
        StrategyOutcome chosen = outcome(sites, SitePlan::finance, scenario.horizonYears());
        StrategyOutcome other = outcome(sites, SitePlan::otherStrategy, scenario.horizonYears());
        Optional<RiskSummary> monteCarlo = scenario.risk().draws() > 0
                ? Optional.of(PlanRisk.monteCarlo(economics, scenario.risk().drivers(), scenario.risk().draws(),
                scenario.seed(), drawsDone))
                : Optional.empty();
        Tenancy tenancy = new Tenancy(scenario.finance().tenants());
        return new PlanEconomics(scenario.finance().revenue().model().key(), scenario.phasing().strategy().key(), flows,
                CashFlowMetrics.npvUsd(flows, rate), CashFlowMetrics.irr(flows), CashFlowMetrics.paybackPeriods(flows),
                List.of(chosen, other), PlanRisk.tornado(economics, scenario.risk().drivers()), monteCarlo,
                tenancy.hhi(), tenancy.concentration());
    }

    private static double[] sumFlows(List<SitePlan> sites, Function<SitePlan, SiteFinance> finance, int years) {
        double[] flows = new double[years + 1];
        for (SitePlan site : sites) {
            double[] f = finance.apply(site).flowsUsd();
            for (int t = 0; t < flows.length; t++) {
                flows[t] += f[t];
            }
        }
        return flows;
    }

    private static StrategyOutcome outcome(List<SitePlan> sites, Function<SitePlan, SiteFinance> finance, int years) {
        double[] flows = sumFlows(sites, finance, years);
        double cumulative = 0.0;
        double deepest = 0.0;
        for (double f : flows) {
            cumulative += f;
            deepest = Math.min(deepest, cumulative);
        }
        double npv = 0.0;
        double capex = 0.0;
        double firstOnline = Double.POSITIVE_INFINITY;
        double stranded = 0.0;
        double unmet = 0.0;
        for (SitePlan site : sites) {
            SiteFinance f = finance.apply(site);
            npv += f.npvUsd();
            capex += f.constructionCapexUsd();
            if (!f.buildOut().phases().isEmpty()) {
                firstOnline = Math.min(firstOnline, f.buildOut().firstOnlineMonth());
            }
            stranded += f.buildOut().strandedKwYears();
            for (double kw : f.buildOut().unmetItKw()) {
                unmet += kw;
            }
        }
        String strategy = sites.isEmpty() ? "" : finance.apply(sites.get(0)).buildOut().strategy().key();
        return new StrategyOutcome(strategy, npv, capex, deepest, Double.isInfinite(firstOnline) ? 0.0 : firstOnline,
                stranded, unmet);
    }
}
