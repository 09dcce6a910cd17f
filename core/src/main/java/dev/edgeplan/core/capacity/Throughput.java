package dev.edgeplan.core.capacity;

/**
 * What one accelerator delivers for a workload, before the software derate and the target utilization.
 *
 * @param perAcceleratorPerS  units per second per accelerator (output tokens/s or samples/s)
 * @param method          {@code benchmark} (tier A, MLPerf-anchored) or {@code roofline} (tier B, analytical)
 * @param reference       MLPerf scenario used (Server, Interactive, Offline) or {@code roofline}
 * @param sloFactor       published ratio applied when the scenario used is looser than the SLO class (1 otherwise)
 * @param lengthFactor    roofline ratio of the workload's prompt/output lengths to the benchmark's (1 if unknown)
 * @param source          where the number comes from (result file, or the roofline inputs)
 * @param tensorParallel  accelerators per model replica
 * @param tpotMs          time per output token a replica runs at (the SLO class limit, or the roofline's), ms; 0 for non-LLM
 * @param prefillMs       modelled prefill time per request, ms (0 when unknown)
 */
public record Throughput(double perAcceleratorPerS, String method, String reference, double sloFactor,
                         double lengthFactor, String source, String round, String precision, int tensorParallel,
                         double tpotMs, double prefillMs) {

    public static final String BENCHMARK = "benchmark";
    public static final String ROOFLINE = "roofline";
}
