package dev.edgeplan.core.finance.opex;

/**
 * Operating-cost assumptions of one site.
 *
 * @param pue                          annual power usage effectiveness (facility kWh ÷ IT kWh)
 * @param powerPriceUsdPerKwh          all-in energy price
 * @param demandChargeUsdPerKwMonth    utility demand charge on peak facility kW (0 when the price is all-in)
 * @param maintenancePctOfCapexPerYear M&amp;E service contracts and repairs, percent of construction capex online
 * @param staffFte                     full-time equivalents staffing the site
 * @param usdPerFteYear                loaded cost of one FTE
 * @param insuranceTaxPctOfCapexPerYear insurance and property tax, percent of construction capex online
 * @param otherUsdPerYear              water, network transit, security and anything else, per year once online
 */
public record OpexInputs(double pue, double powerPriceUsdPerKwh, double demandChargeUsdPerKwMonth,
                         double maintenancePctOfCapexPerYear, double staffFte, double usdPerFteYear,
                         double insuranceTaxPctOfCapexPerYear, double otherUsdPerYear) {
}
