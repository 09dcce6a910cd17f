package dev.edgeplan.core.plan;

/** Totals over all chosen sites. */
public record PlanSummary(int candidateSites, int sitesChosen, int demandPoints, double servedDemandPct,
                          int accelerators, int servers, int racks, double itKw, double itKwExpected,
                          double facilityKw, double capexUsd, double npvUsd) {
}
