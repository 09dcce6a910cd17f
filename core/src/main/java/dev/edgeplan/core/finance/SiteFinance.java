package dev.edgeplan.core.finance;

import java.util.List;
import java.util.OptionalInt;

/**
 * Capex and cash flow of one site.
 *
 * @param capexUsd          construction cost (excludes land, soft costs and IT equipment)
 * @param powerChainFactor  capex multiplier from installed UPS and generator capacity vs an N+1 design
 * @param liquidPremiumPct  liquid-cooling construction premium applied, percent
 * @param paybackYear       first year whose cumulative cash flow is ≥ 0, if any within the horizon
 */
public record SiteFinance(double capexUsd, double powerChainFactor, double liquidPremiumPct,
                          List<CashFlowYear> cashFlow, double npvUsd, OptionalInt paybackYear) {

    public SiteFinance {
        cashFlow = List.copyOf(cashFlow);
    }
}
