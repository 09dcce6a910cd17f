package dev.edgeplan.core.capacity;

/**
 * Accelerators one workload needs at one site.
 *
 * @param demandUnitsPerS            design-hour peak in the benchmark's unit (output tokens/s or samples/s)
 * @param benchmarkPerAccelerator    MLPerf Server throughput per accelerator, same unit
 * @param plannedPerAccelerator      throughput planned per accelerator after software efficiency and target utilization
 * @param accelerators               accelerators needed (0 when there is no demand)
 * @param servers                    servers carrying them (a server is not shared between workloads)
 * @param utilizationPct             peak demand ÷ benchmark throughput of the installed accelerators
 */
public record WorkloadCapacity(String workloadId, double peakRequestsPerS, double demandUnitsPerS, String unit,
                               double benchmarkPerAccelerator, double plannedPerAccelerator, int accelerators,
                               int servers, double utilizationPct) {
}
