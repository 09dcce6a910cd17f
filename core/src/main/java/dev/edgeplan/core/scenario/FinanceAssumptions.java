package dev.edgeplan.core.scenario;

/**
 * Money assumptions.
 *
 * @param capexUsdPerMwIt               construction cost per MW of critical IT load (US average basis)
 * @param liquidCoolingPremiumPct       construction premium for liquid-cooled halls, percent
 * @param defaultPowerPriceUsdPerKwh    electricity price for sites that give none
 * @param discountRatePct               discount rate for NPV, percent per year
 * @param revenueUsdPerKwMonth          price charged per kW of IT capacity per month
 * @param maintenancePctOfCapexPerYear  facility maintenance per year, percent of capex
 */
public record FinanceAssumptions(double capexUsdPerMwIt, double liquidCoolingPremiumPct,
                                 double defaultPowerPriceUsdPerKwh, double discountRatePct,
                                 double revenueUsdPerKwMonth, double maintenancePctOfCapexPerYear) {
}
