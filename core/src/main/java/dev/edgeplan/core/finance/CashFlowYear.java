package dev.edgeplan.core.finance;

/**
 * One calendar year of a site's cash flow, USD. Capex committed in the year is paid at its start; operations
 * at its end (so the flows array is [−capex₀, ops₀ − capex₁, …, ops_last]).
 *
 * @param year               0 = the year the first phase is decided
 * @param onlineItKw         IT capacity online, month-averaged
 * @param servedItKw         IT load carried, month-averaged
 * @param constructionCapexUsd phases committed this year
 * @param itCapexUsd         IT equipment bought (new and refreshed) when the operator owns it
 * @param revenueUsd         from the revenue model, after tenant churn
 * @param energyUsd          served IT kWh at load × PUE × price, plus demand charges
 * @param maintenanceUsd     M&amp;E maintenance
 * @param staffingUsd        staff
 * @param insuranceTaxUsd    insurance and property tax
 * @param otherOpexUsd       water, transit and other fixed costs
 * @param ebitdaUsd          revenue − operating costs
 * @param residualUsd        the last year only: book value of what is still in use, as if sold at the horizon
 * @param netUsd             EBITDA − capex + residual
 * @param cumulativeUsd      running sum of net
 * @param discountedUsd      capex discounted to the year's start, operations to its end
 */
public record CashFlowYear(int year, double onlineItKw, double servedItKw, double constructionCapexUsd,
                           double itCapexUsd, double revenueUsd, double energyUsd, double maintenanceUsd,
                           double staffingUsd, double insuranceTaxUsd, double otherOpexUsd, double ebitdaUsd,
                           double residualUsd, double netUsd, double cumulativeUsd, double discountedUsd) {

    public double opexUsd() {
        return energyUsd + maintenanceUsd + staffingUsd + insuranceTaxUsd + otherOpexUsd;
    }

    public double capexUsd() {
        return constructionCapexUsd + itCapexUsd;
    }
}
