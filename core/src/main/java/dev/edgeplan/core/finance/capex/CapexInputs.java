package dev.edgeplan.core.finance.capex;

/**
 * What a site's construction cost depends on.
 *
 * @param designItKw          design IT capacity, kW
 * @param usdPerMwIt          hard cost per MW of IT at the calibration point (US average, N+1, air-cooled)
 * @param liquidCooled        true when the hall is built for liquid cooling
 * @param liquidPremiumPct    construction premium for liquid cooling, percent
 * @param powerChainFactor    installed UPS + generator capacity ÷ that of an N+1 chain for the same load
 * @param locationIndex       construction cost relative to the US average (1.0)
 * @param scaleMultiplier     small-build premium (1.0 = none)
 * @param landAcres           land to buy, acres (0 = owned, leased, or left out as in the calibration source)
 * @param landUsdPerAcre      land price
 * @param softCostPct         design, permits and other soft costs, percent of hard cost
 * @param contingencyPct      owner contingency, percent of hard + soft cost
 */
public record CapexInputs(double designItKw, double usdPerMwIt, boolean liquidCooled, double liquidPremiumPct,
                          double powerChainFactor, double locationIndex, double scaleMultiplier, double landAcres,
                          double landUsdPerAcre, double softCostPct, double contingencyPct) {
}
