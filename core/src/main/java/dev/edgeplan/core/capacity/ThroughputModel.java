package dev.edgeplan.core.capacity;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.BenchmarkResult;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.Precision;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.Serving;
import dev.edgeplan.core.scenario.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-accelerator throughput of a workload: the MLPerf result of the SLO class the workload falls in
 * (tier A), with published ratios when only a looser class was measured, or the roofline (tier B)
 * when no benchmark covers the pair or the SLO is tighter than every benchmark class.
 */
public final class ThroughputModel {

    static final String OFFLINE = "Offline";
    static final String SERVER = "Server";
    static final String INTERACTIVE = "Interactive";

    private ThroughputModel() {
    }

    public static Optional<Throughput> estimate(Workload workload, ModelProfile model, Accelerator accelerator,
                                                ServerModel server, Catalog catalog) {
        if (!model.kind().countsTokens()) {
            return nonLlm(workload, model, accelerator, catalog);
        }
        Precision weights = bestPrecision(accelerator);
        int maxTp = server.acceleratorsPerServer();
        Roofline.Result shape = model.hasArchitecture()
                ? Roofline.evaluate(model, accelerator, weights, workload.inputTokensPerRequest(),
                workload.outputTokensPerRequest(), 0, CapacityDefaults.ROOFLINE_EFFICIENCY, workload.tensorParallel(), maxTp)
                : null;
        int tp = shape != null ? shape.tensorParallel()
                : workload.tensorParallel() > 0 ? workload.tensorParallel() : server.acceleratorsPerServer();
        double prefillMs = shape != null ? shape.prefillMs() : 0.0;
        double lengthFactor = lengthFactor(workload, model, accelerator, weights, tp, maxTp);
        if (workload.serving() == Serving.OFFLINE) {
            Optional<Throughput> measured = firstOf(catalog, accelerator, model,
                    new Choice(OFFLINE, 1.0), new Choice(SERVER, 1.0))
                    .map(c -> fromBenchmark(c, lengthFactor, tp, 0.0, prefillMs));
            return measured.isPresent() ? measured : roofline(workload, model, accelerator, weights, 0, maxTp);
        }
        double tpot = workload.tpotMs();
        double ttft = workload.ttftMs();
        if (meets(tpot, model.serverTpotMs()) && meets(ttft, model.serverTtftMs())) {
            double classTpot = tpot > 0 ? tpot : model.serverTpotMs();
            return firstOf(catalog, accelerator, model, new Choice(SERVER, 1.0),
                    new Choice(OFFLINE, CapacityDefaults.SERVER_OVER_OFFLINE))
                    .map(c -> fromBenchmark(c, lengthFactor, tp, classTpot, prefillMs))
                    .or(() -> roofline(workload, model, accelerator, weights, classTpot, maxTp));
        }
        if (model.interactiveTpotMs() > 0 && meets(tpot, model.interactiveTpotMs())
                && meets(ttft, model.interactiveTtftMs())) {
            double ratio = model.paramsActiveB() >= CapacityDefaults.LARGE_MODEL_ACTIVE_PARAMS_B
                    ? CapacityDefaults.INTERACTIVE_OVER_SERVER_LARGE : CapacityDefaults.INTERACTIVE_OVER_SERVER_SMALL;
            return firstOf(catalog, accelerator, model, new Choice(INTERACTIVE, 1.0), new Choice(SERVER, ratio),
                    new Choice(OFFLINE, ratio * CapacityDefaults.SERVER_OVER_OFFLINE))
                    .map(c -> fromBenchmark(c, lengthFactor, tp, tpot, prefillMs))
                    .or(() -> roofline(workload, model, accelerator, weights, tpot, maxTp));
        }
        return roofline(workload, model, accelerator, weights, tpot, maxTp);
    }

    /** The widest format the accelerator computes in: FP4 on Blackwell, FP8 on Hopper/MI300/Gaudi, else BF16. */
    public static Precision bestPrecision(Accelerator accelerator) {
        if (accelerator.fp4DenseTflops() > 0) {
            return Precision.FP4;
        }
        return accelerator.fp8DenseTflops() > 0 ? Precision.FP8 : Precision.BF16;
    }

    /** A limit of 0 means "none"; a workload limit of 0 means "as loose as the class". */
    private static boolean meets(double workloadLimitMs, double classLimitMs) {
        return classLimitMs <= 0 || workloadLimitMs <= 0 || workloadLimitMs >= classLimitMs;
    }

    private static Optional<Throughput> nonLlm(Workload workload, ModelProfile model, Accelerator accelerator,
                                               Catalog catalog) {
        Choice[] order = workload.serving() == Serving.OFFLINE
                ? new Choice[] {new Choice(OFFLINE, 1.0), new Choice(SERVER, 1.0)}
                : new Choice[] {new Choice(SERVER, 1.0), new Choice(OFFLINE, CapacityDefaults.SERVER_OVER_OFFLINE)};
        return firstOf(catalog, accelerator, model, order).map(c -> fromBenchmark(c, 1.0, 1, 0.0, 0.0));
    }

    /**
     * Every way to run the workload: for the roofline, one option per tensor-parallel size and, under a TPOT limit,
     * per batch up to the largest meeting it (the capacity engine keeps the one needing the fewest accelerators for
     * the actual load);
     * for a benchmark, the single measured option.
     */
    public static List<Throughput> options(Workload workload, ModelProfile model, Accelerator accelerator,
                                           ServerModel server, Catalog catalog) {
        Optional<Throughput> chosen = estimate(workload, model, accelerator, server, catalog);
        if (chosen.isEmpty() || !chosen.get().method().equals(Throughput.ROOFLINE) || workload.tensorParallel() > 0) {
            return chosen.map(List::of).orElse(List.of());
        }
        Precision weights = bestPrecision(accelerator);
        List<Throughput> all = new ArrayList<>();
        boolean tpotBound = chosen.get().tpotMs() > 0 && workload.tpotMs() > 0;
        List<Roofline.Result> shapes = tpotBound
                ? Roofline.evaluateAllBatches(model, accelerator, weights, workload.inputTokensPerRequest(),
                        workload.outputTokensPerRequest(), workload.tpotMs(), CapacityDefaults.ROOFLINE_EFFICIENCY,
                        server.acceleratorsPerServer())
                : Roofline.evaluateAll(model, accelerator, weights, workload.inputTokensPerRequest(),
                        workload.outputTokensPerRequest(), 0, CapacityDefaults.ROOFLINE_EFFICIENCY,
                        server.acceleratorsPerServer());
        for (Roofline.Result r : shapes) {
            all.add(fromRoofline(model, accelerator, weights, r));
        }
        return all.isEmpty() ? List.of(chosen.get()) : all;
    }

    private static Optional<Throughput> roofline(Workload workload, ModelProfile model, Accelerator accelerator,
                                                 Precision weights, double tpotMs, int maxTp) {
        if (!model.hasArchitecture()) {
            return Optional.empty();
        }
        Roofline.Result r = Roofline.evaluate(model, accelerator, weights, workload.inputTokensPerRequest(),
                workload.outputTokensPerRequest(), tpotMs, CapacityDefaults.ROOFLINE_EFFICIENCY,
                workload.tensorParallel(), maxTp);
        if (r == null || r.batch() < 1) {
            return Optional.empty();
        }
        return Optional.of(fromRoofline(model, accelerator, weights, r));
    }

    private static Throughput fromRoofline(ModelProfile model, Accelerator accelerator, Precision weights,
                                           Roofline.Result r) {
        String source = String.format(java.util.Locale.ROOT,
                "roofline: %s on %s, %s weights, TP %d, batch %d, η %.2f (research §4.3)", model.id(), accelerator.id(),
                weights.key(), r.tensorParallel(), r.batch(), CapacityDefaults.ROOFLINE_EFFICIENCY);
        return new Throughput(r.perAcceleratorPerS(), Throughput.ROOFLINE, "roofline", 1.0, 1.0, source, "",
                weights.key(), r.tensorParallel(), r.stepMs(), r.prefillMs());
    }

    /**
     * Roofline ratio between the workload's lengths and the benchmark dataset's (verified MLPerf means where the
     * catalog has them, else the model's defaults), both at maximum throughput; 1 when the architecture is unknown.
     */
    static double lengthFactor(Workload workload, ModelProfile model, Accelerator accelerator, Precision weights,
                               int tp, int maxTp) {
        if (!model.hasArchitecture()) {
            return 1.0;
        }
        Roofline.Result mine = Roofline.evaluate(model, accelerator, weights, workload.inputTokensPerRequest(),
                workload.outputTokensPerRequest(), 0, CapacityDefaults.ROOFLINE_EFFICIENCY, tp, maxTp);
        int benchInput = (int) Math.round(model.hasBenchmarkLengths() ? model.benchmarkInputTokens() : model.defaultInputTokens());
        int benchOutput = (int) Math.round(model.hasBenchmarkLengths() ? model.benchmarkOutputTokens() : model.defaultOutputTokens());
        Roofline.Result bench = Roofline.evaluate(model, accelerator, weights, benchInput, benchOutput, 0,
                CapacityDefaults.ROOFLINE_EFFICIENCY, tp, maxTp);
        if (mine == null || bench == null || bench.outputTokensPerS() <= 0) {
            return 1.0;
        }
        return mine.outputTokensPerS() / bench.outputTokensPerS();
    }

    private record Choice(String scenario, double factor) {
    }

    private record Chosen(BenchmarkResult result, double factor) {
    }

    private static Optional<Chosen> firstOf(Catalog catalog, Accelerator accelerator, ModelProfile model,
                                            Choice... choices) {
        for (Choice choice : choices) {
            Optional<BenchmarkResult> r = catalog.bestResult(accelerator, model, choice.scenario());
            if (r.isPresent()) {
                return Optional.of(new Chosen(r.get(), choice.factor()));
            }
        }
        return Optional.empty();
    }

    private static Throughput fromBenchmark(Chosen chosen, double lengthFactor, int tp, double tpotMs, double prefillMs) {
        BenchmarkResult r = chosen.result();
        return new Throughput(r.perAcceleratorPerS() * chosen.factor() * lengthFactor, Throughput.BENCHMARK, r.scenario(),
                chosen.factor(), lengthFactor, r.system() + " — " + r.source(), r.round(), r.precision().key(), tp,
                tpotMs, prefillMs);
    }
}
