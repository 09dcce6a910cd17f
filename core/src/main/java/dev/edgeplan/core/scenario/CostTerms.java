package dev.edgeplan.core.scenario;

/**
 * Capex adders and operating costs beyond construction per MW and energy.
 *
 * @param softCostPct                  design, permits and other soft costs, percent of hard cost
 * @param contingencyPct               owner contingency, percent
 * @param scaleMultiplier              small-build premium on construction (1 = none)
 * @param landAcresPerSite             land bought per site, acres (0 = not bought or left out)
 * @param landUsdPerAcre               land price
 * @param staffing                     remote (dispatched technician) or 24x7 on-site
 * @param usdPerFteYear                loaded cost of one full-time equivalent
 * @param insuranceTaxPctOfCapexPerYear insurance and property tax, percent of construction capex online
 * @param demandChargeUsdPerKwMonth    utility demand charge on peak facility kW (0 when prices are all-in)
 * @param otherOpexUsdPerSiteYear      water, transit, security and other fixed costs per site
 * @param residualAtBookValue          count the book value of the facility and IT still in use at the horizon's end
 */
public record CostTerms(double softCostPct, double contingencyPct, double scaleMultiplier, double landAcresPerSite,
                        double landUsdPerAcre, Staffing staffing, double usdPerFteYear,
                        double insuranceTaxPctOfCapexPerYear, double demandChargeUsdPerKwMonth,
                        double otherOpexUsdPerSiteYear, boolean residualAtBookValue) {

    public enum Staffing {
        REMOTE("remote"), ON_SITE_24X7("24x7");

        private final String key;

        Staffing(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
