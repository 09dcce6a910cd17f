package dev.edgeplan.core.plan;

/**
 * Totals over all chosen sites.
 *
 * @param capexUsd   construction capex over the horizon (all phases, soft costs, contingency, land)
 * @param itCapexUsd IT equipment bought by the operator (0 when tenants own their IT)
 * @param npvUsd     total NPV under the scenario's phasing strategy
 */
public record PlanSummary(int candidateSites, int sitesChosen, int demandPoints, double servedDemandPct,
                          int accelerators, int servers, int racks, double itKw, double itKwExpected,
                          double facilityKw, double capexUsd, double itCapexUsd, double npvUsd) {
}
