package dev.edgeplan.core.capacity;

/**
 * Accelerators one workload needs at one site, and why.
 *
 * @param demandUnitsPerS          design-hour peak in the benchmark's unit (output tokens/s or samples/s)
 * @param throughput               per-accelerator throughput and where it comes from
 * @param plannedPerAcceleratorPerS    throughput × software efficiency: what one accelerator is counted on for
 * @param replicasForThroughput    replicas the token (or sample) rate needs at the target utilization
 * @param replicasForQueue         replicas the TTFT percentile needs (Erlang C with Allen–Cunneen); 0 if not checked
 * @param spareReplicas            N+k spares added
 * @param replicas                 replicas installed
 * @param accelerators             replicas × tensor parallel
 * @param servers                  servers carrying them (a server is not shared between workloads)
 * @param utilizationPct           demand ÷ planned throughput of the working (non-spare) replicas
 * @param pWait                    probability a request queues for a slot at the peak (M/G/c); 0 if not modelled
 * @param latencyMsAtPercentile    at the SLO percentile: TTFT = prefill + queueing wait (LLM), or processing +
 *                                 queueing wait inside the site (per-sample workloads), ms; 0 if not modelled
 * @param itKwNameplate            servers × nameplate kW
 * @param itKwExpected             servers × measured-at-load kW
 * @param joulesPerUnit            energy per output token (LLM) or per request at full load, J
 */
public record WorkloadCapacity(String workloadId, double peakRequestsPerS, double demandUnitsPerS, String unit,
                               Throughput throughput, double plannedPerAcceleratorPerS, int replicasForThroughput,
                               int replicasForQueue, int spareReplicas, int replicas, int accelerators, int servers,
                               double utilizationPct, double pWait, double latencyMsAtPercentile, double itKwNameplate,
                               double itKwExpected, double joulesPerUnit) {

    /** MLPerf (or roofline) throughput per accelerator before derates, for reports. */
    public double benchmarkPerAcceleratorPerS() {
        return throughput.perAcceleratorPerS();
    }

    /** True when the benchmark unit is output tokens (an LLM), so the latency at percentile is a TTFT. */
    public boolean countsTokens() {
        return "tokens/s".equals(unit);
    }
}
