package dev.edgeplan.bench;

import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.siting.SitingEngine;
import dev.edgeplan.core.siting.SitingResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The siting stage on the national example: clients, normalised distances, the exact covering solver (fewest sites
 * serving every reachable client of the three workloads) and the nearest-site assignment. Each request counts one
 * unit of weight (the planner weighs by accelerators; the covering solution does not depend on weights).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SitingBenchmark {

    private NationalInstance national;
    private LatencyModel latency;
    private double[] weightPerRequest;
    private int[] designYear;
    private double[] unlimited;

    @Setup
    public void setUp() {
        national = NationalInstance.load();
        latency = new LatencyModel(national.scenario.network());
        int workloads = national.scenario.workloads().size();
        weightPerRequest = new double[workloads];
        Arrays.fill(weightPerRequest, 1.0);
        designYear = new int[workloads];
        Arrays.fill(designYear, national.scenario.horizonYears() - 1);
        unlimited = new double[national.candidates.size()];
        Arrays.fill(unlimited, Double.POSITIVE_INFINITY);
    }

    @Benchmark
    public SitingResult nationalFewestSitesCover() {
        return SitingEngine.solve(national.demand, national.candidates, latency, weightPerRequest, designYear,
                OptionalInt.empty(), unlimited, new double[national.candidates.size()], national.scenario.sites().policy());
    }
}
