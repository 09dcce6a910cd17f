package dev.edgeplan.core.finance;

/**
 * One year of a site's cash flow (USD). Capex falls at the start of year 0, operations at each year's end.
 *
 * @param revenueUsd     deployed IT kW × price per kW-month × 12 (colocation-equivalent revenue)
 * @param energyUsd      measured-at-load IT kWh × PUE × electricity price
 * @param maintenanceUsd facility maintenance, a share of capex
 */
public record CashFlowYear(int year, double capexUsd, double revenueUsd, double energyUsd, double maintenanceUsd,
                           double netUsd, double cumulativeUsd, double discountedUsd) {
}
