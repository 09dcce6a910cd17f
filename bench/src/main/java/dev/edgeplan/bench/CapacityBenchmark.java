package dev.edgeplan.bench;

import dev.edgeplan.core.capacity.CapacityEngine;
import dev.edgeplan.core.capacity.Throughput;
import dev.edgeplan.core.capacity.ThroughputModel;
import dev.edgeplan.core.capacity.ThroughputOptions;
import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.HardwareChoice;
import dev.edgeplan.core.scenario.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Capacity sizing of the national example's chat workload (Llama-2-70B on DGX H200): building the throughput
 * options (MLPerf rows and roofline fits for every tensor-parallel width) and sizing the design-year peak of all its
 * demand (replicas, Erlang-C TTFT check, spares).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CapacityBenchmark {

    private NationalInstance national;
    private Workload chat;
    private ModelProfile model;
    private Accelerator accelerator;
    private ServerModel server;
    private HardwareChoice hardware;
    private ThroughputOptions options;
    private double peakRequestsPerS;

    @Setup
    public void setUp() {
        national = NationalInstance.load();
        chat = national.scenario.workloads().get(0);
        hardware = national.scenario.hardware();
        model = national.catalog.model(chat.model()).orElseThrow();
        accelerator = national.catalog.accelerator(hardware.acceleratorId()).orElseThrow();
        server = national.catalog.server(hardware.serverId()).orElseThrow();
        // as the planner holds them: built once, in rate order, and reused for every site and year
        options = ThroughputOptions.of(throughputOptions());
        int year = national.scenario.horizonYears() - 1;
        for (int p = 0; p < national.demand.points().size(); p++) {
            peakRequestsPerS += national.demand.peakRequestsPerS(0, p, year);
        }
    }

    @Benchmark
    public List<Throughput> throughputOptions() {
        return ThroughputModel.options(chat, model, accelerator, server, national.catalog);
    }

    @Benchmark
    public WorkloadCapacity sizeNationalPeak() {
        return CapacityEngine.sizeBest(chat, model, options, server, hardware, peakRequestsPerS);
    }
}
