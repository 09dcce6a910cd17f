package dev.edgeplan.bench;

import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.siting.SitingEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Backbone round trips (great circle → SLO-percentile RTT + site processing) for every demand point × candidate. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LatencyMatrixBenchmark {

    private NationalInstance national;
    private LatencyModel latency;

    @Setup
    public void setUp() {
        national = NationalInstance.load();
        latency = new LatencyModel(national.scenario.network());
    }

    /** 2,576 × 500 = 1.29 M round trips. */
    @Benchmark
    public double[] nationalMatrix() {
        return SitingEngine.backboneMatrix(national.demand.points(), national.candidates, latency);
    }
}
