package dev.edgeplan.core.scenario;

import dev.edgeplan.core.finance.revenue.Tenant;

import java.util.List;
import java.util.Objects;

/**
 * Money assumptions.
 *
 * @param capexUsdPerMwIt               construction cost per MW of critical IT load (US average basis)
 * @param liquidCoolingPremiumPct       construction premium for liquid-cooled halls, percent
 * @param defaultPowerPriceUsdPerKwh    electricity price for sites that give none
 * @param discountRatePct               discount rate for NPV, percent per year
 * @param revenueUsdPerKwMonth          price charged per kW of IT capacity per month
 * @param maintenancePctOfCapexPerYear  facility maintenance per year, percent of construction capex online
 * @param revenue                       revenue model and prices
 * @param costs                         capex adders and other operating costs
 * @param tenants                       the sites' customers (empty = one anchor tenant that always renews)
 */
public record FinanceAssumptions(double capexUsdPerMwIt, double liquidCoolingPremiumPct,
                                 double defaultPowerPriceUsdPerKwh, double discountRatePct,
                                 double revenueUsdPerKwMonth, double maintenancePctOfCapexPerYear,
                                 RevenueTerms revenue, CostTerms costs, List<Tenant> tenants) {

    public FinanceAssumptions {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(costs, "costs");
        tenants = List.copyOf(tenants);
    }
}
