package dev.edgeplan.core.plan;

/**
 * What the plan does for one workload, over all sites.
 *
 * @param peakRequestsPerSYear0     design-hour peak in year 0 over all demand points
 * @param designYear                year of the highest peak (the last year unless demand shrinks), which sites are sized for
 * @param peakRequestsPerSDesign    the peak in the design year
 * @param servedPct                 share of design-year peak demand within the SLO of a chosen site
 * @param networkBudgetMs           SLO minus service time: the round trip allowed
 * @param rttMsMean                 demand-weighted mean round trip of served demand
 * @param rttMsMax                  worst round trip of served demand
 * @param benchmarkPerAccelerator   MLPerf Server throughput per accelerator used for sizing
 */
public record WorkloadSummary(String id, String kind, String model, double peakRequestsPerSYear0, int designYear,
                              double peakRequestsPerSDesign, double servedPct, double networkBudgetMs,
                              double rttMsMean, double rttMsMax, String unit, double benchmarkPerAccelerator,
                              String benchmarkRound, String benchmarkSystem, String benchmarkSource,
                              int accelerators) {
}
