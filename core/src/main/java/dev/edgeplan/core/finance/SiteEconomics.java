package dev.edgeplan.core.finance;

import dev.edgeplan.core.finance.capex.CapexBreakdown;
import dev.edgeplan.core.finance.opex.OpexInputs;
import dev.edgeplan.core.finance.revenue.Prices;
import dev.edgeplan.core.finance.revenue.RevenueModel;
import dev.edgeplan.core.finance.revenue.Tenancy;
import dev.edgeplan.core.phasing.PhasingPolicy;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything the cash flow of one site depends on, per calendar year from the decision to build.
 *
 * @param requiredItKw           [year] nameplate IT kW the site's demand needs
 * @param designItKw             IT capacity of the facility design
 * @param loadFraction           measured-at-load ÷ nameplate server power
 * @param acceleratorsPerItKw    accelerators per kW of nameplate IT
 * @param itUsdPerItKw           IT equipment price per kW of nameplate IT (when the operator owns it)
 * @param itRefreshYears         years after which IT bought is bought again
 * @param outputTokensPerYear    [year] LLM output tokens the demand asks for if fully served
 * @param requestsPerYear        [year] requests of per-sample workloads if fully served
 * @param discountRatePct        per year
 * @param residualAtBookValue    add the book value of the facility and IT still in use at the horizon's end
 */
public record SiteEconomics(String siteId, double[] requiredItKw, double designItKw, PhasingPolicy phasing,
                            CapexBreakdown capex, OpexInputs opex, double loadFraction, double acceleratorsPerItKw,
                            double itUsdPerItKw, int itRefreshYears, RevenueModel revenueModel, Prices prices,
                            Tenancy tenancy, double[] outputTokensPerYear, double[] requestsPerYear,
                            double discountRatePct, boolean residualAtBookValue) {

    public SiteEconomics {
        requiredItKw = requiredItKw.clone();
        outputTokensPerYear = outputTokensPerYear.clone();
        requestsPerYear = requestsPerYear.clone();
        if (outputTokensPerYear.length != requiredItKw.length || requestsPerYear.length != requiredItKw.length) {
            throw new IllegalArgumentException("per-year arrays must have one value per year");
        }
    }

    public int years() {
        return requiredItKw.length;
    }

    public SiteEconomics withPhasing(PhasingPolicy other) {
        return new SiteEconomics(siteId, requiredItKw, designItKw, other, capex, opex, loadFraction,
                acceleratorsPerItKw, itUsdPerItKw, itRefreshYears, revenueModel, prices, tenancy, outputTokensPerYear,
                requestsPerYear, discountRatePct, residualAtBookValue);
    }

    /** Element-wise for the arrays, so two runs of the same scenario compare equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SiteEconomics o
                && Objects.equals(siteId, o.siteId)
                && Arrays.equals(requiredItKw, o.requiredItKw)
                && Double.compare(designItKw, o.designItKw) == 0
                && Objects.equals(phasing, o.phasing)
                && Objects.equals(capex, o.capex)
                && Objects.equals(opex, o.opex)
                && Double.compare(loadFraction, o.loadFraction) == 0
                && Double.compare(acceleratorsPerItKw, o.acceleratorsPerItKw) == 0
                && Double.compare(itUsdPerItKw, o.itUsdPerItKw) == 0
                && Objects.equals(itRefreshYears, o.itRefreshYears)
                && Objects.equals(revenueModel, o.revenueModel)
                && Objects.equals(prices, o.prices)
                && Objects.equals(tenancy, o.tenancy)
                && Arrays.equals(outputTokensPerYear, o.outputTokensPerYear)
                && Arrays.equals(requestsPerYear, o.requestsPerYear)
                && Double.compare(discountRatePct, o.discountRatePct) == 0
                && residualAtBookValue == o.residualAtBookValue;
    }

    @Override
    public int hashCode() {
        return Objects.hash(siteId, Arrays.hashCode(requiredItKw), designItKw, phasing, capex,
                opex, loadFraction, acceleratorsPerItKw, itUsdPerItKw, itRefreshYears, revenueModel, prices, tenancy,
                Arrays.hashCode(outputTokensPerYear), Arrays.hashCode(requestsPerYear),
                discountRatePct, residualAtBookValue);
    }

    @Override
    public String toString() {
        return "SiteEconomics[siteId=" + siteId
                + ", requiredItKw=" + Arrays.toString(requiredItKw)
                + ", designItKw=" + designItKw
                + ", phasing=" + phasing
                + ", capex=" + capex
                + ", opex=" + opex
                + ", loadFraction=" + loadFraction
                + ", acceleratorsPerItKw=" + acceleratorsPerItKw
                + ", itUsdPerItKw=" + itUsdPerItKw
                + ", itRefreshYears=" + itRefreshYears
                + ", revenueModel=" + revenueModel
                + ", prices=" + prices
                + ", tenancy=" + tenancy
                + ", outputTokensPerYear=" + Arrays.toString(outputTokensPerYear)
                + ", requestsPerYear=" + Arrays.toString(requestsPerYear)
                + ", discountRatePct=" + discountRatePct
                + ", residualAtBookValue=" + residualAtBookValue + "]";
    }
}
