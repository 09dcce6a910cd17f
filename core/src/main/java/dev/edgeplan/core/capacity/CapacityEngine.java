package dev.edgeplan.core.capacity;

import dev.edgeplan.core.catalog.BenchmarkResult;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.HardwareChoice;
import dev.edgeplan.core.scenario.Workload;

/**
 * Benchmark-anchored sizing (shared/research/inference-sizing.md §4.2, tier A without the length and
 * SLO corrections, which the capacity-engine issue adds):
 * {@code accelerators = ceil(demand_units_per_s / (X_ref_per_accelerator × η_sw × ρ_max))}.
 */
public final class CapacityEngine {

    /** Guards ceil() against floating-point noise such as 4.000000000001. */
    private static final double CEIL_TOLERANCE = 1e-9;

    private CapacityEngine() {
    }

    public static WorkloadCapacity size(Workload workload, ModelProfile model, BenchmarkResult reference,
                                        ServerModel server, HardwareChoice hardware, double peakRequestsPerS) {
        double demandUnitsPerS = peakRequestsPerS * unitsPerRequest(workload, model);
        double benchmark = reference.perAccelerator();
        double planned = plannedPerAccelerator(reference, hardware);
        int accelerators = ceil(demandUnitsPerS / planned);
        int servers = ceilDiv(accelerators, server.acceleratorsPerServer());
        double installed = servers * server.acceleratorsPerServer() * benchmark;
        double utilizationPct = installed > 0 ? 100.0 * demandUnitsPerS / installed : 0.0;
        return new WorkloadCapacity(workload.id(), peakRequestsPerS, demandUnitsPerS, model.throughputUnit(),
                benchmark, planned, accelerators, servers, utilizationPct);
    }

    /** Benchmark units one request costs: its output tokens for an LLM, one sample otherwise. */
    public static double unitsPerRequest(Workload workload, ModelProfile model) {
        return model.kind().countsTokens() ? workload.outputTokensPerRequest() : 1.0;
    }

    /** Throughput planned per accelerator: benchmark × software efficiency × target utilization. */
    public static double plannedPerAccelerator(BenchmarkResult reference, HardwareChoice hardware) {
        return reference.perAccelerator() * hardware.softwareEfficiencyPct() / 100.0
                * hardware.targetUtilizationPct() / 100.0;
    }

    static int ceil(double x) {
        return x <= CEIL_TOLERANCE ? 0 : (int) Math.ceil(x - CEIL_TOLERANCE);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
