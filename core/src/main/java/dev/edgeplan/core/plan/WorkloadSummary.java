package dev.edgeplan.core.plan;

import dev.edgeplan.core.capacity.Throughput;

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
 * @param rttMsP50                  demand-weighted median round trip of served demand
 * @param rttMsP95                  demand-weighted 95th percentile
 * @param rttMsP99                  demand-weighted 99th percentile
 * @param throughput                per-accelerator throughput used for sizing, with its method and source
 */
public record WorkloadSummary(String id, String kind, String model, double peakRequestsPerSYear0, int designYear,
                              double peakRequestsPerSDesign, double servedPct, double networkBudgetMs,
                              double rttMsMean, double rttMsMax, double rttMsP50, double rttMsP95, double rttMsP99,
                              String unit, Throughput throughput, int accelerators) {

    public double benchmarkPerAcceleratorPerS() {
        return throughput.perAcceleratorPerS();
    }

    public String benchmarkRound() {
        return throughput.round();
    }

    /** "MLPerf Server", "MLPerf Interactive", "MLPerf Offline" or "roofline". */
    public String benchmarkSystem() {
        return throughput.method().equals(Throughput.ROOFLINE) ? "roofline" : "MLPerf " + throughput.reference();
    }

    public String benchmarkSource() {
        return throughput.source();
    }
}
