package dev.edgeplan.cli;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.LimitExceededException;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanProgress;
import dev.edgeplan.core.plan.Planner;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.io.json.JsonWriter;
import dev.edgeplan.io.plan.AtomicFiles;
import dev.edgeplan.io.plan.PlanJson;
import dev.edgeplan.io.report.HtmlReport;
import dev.edgeplan.io.report.PlanGeoJson;
import dev.edgeplan.io.report.PlanWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code edgeplan bench plan}: runs the whole planner on a scenario N times in one JVM and reports wall time per
 * stage (the planner's own stages, then rendering plan.json, report.html, plan.xlsx and plan.geojson in memory, one
 * after the other: the default outputs of {@code plan}), the JVM's time to reach the
 * first run, and the peak heap. The first run includes JIT warm-up; the best and median runs show the steady state.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Time the whole plan pipeline on a scenario: per-stage wall time and peak heap, N runs.",
        footer = {"", "Examples:", "  edgeplan bench plan examples/dallas-chat.yaml --repeat 5 --json",
                "  edgeplan bench plan examples/us-national.yaml --repeat 3 --out bench/results/us-national.json"})
final class BenchPlanCommand implements Callable<Integer> {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (.yaml, .yml or .json)")
    Path scenario;

    @Option(names = "--repeat", defaultValue = "3", paramLabel = "N", description = "runs (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the JSON result to FILE (atomically)")
    Path outFile;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        double jvmToStartS = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        if (repeat < 1 || repeat > 1000) {
            err.println("edgeplan bench plan: --repeat must be between 1 and 1000 (got " + repeat + ")");
            return ExitCodes.INVALID_INPUT;
        }
        LimitOptions.Limits limits;
        try {
            limits = limitOptions.parse();
        } catch (IllegalArgumentException e) {
            err.println("edgeplan bench plan: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        long readStart = System.nanoTime();
        Catalog catalog = ScenarioLoading.catalog();
        Optional<Scenario> parsed = ScenarioLoading.readOrReport(scenario, catalog, limits.input(), err);
        if (parsed.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        double readS = (System.nanoTime() - readStart) / NANOS_PER_SECOND;
        double[] totals = new double[repeat];
        Map<String, double[]> stages = new LinkedHashMap<>();
        double peakHeapMb = 0.0;
        double peakLiveHeapMb = 0.0;
        LiveHeapMonitor liveHeap = new LiveHeapMonitor();
        for (int r = 0; r < repeat; r++) {
            resetPeaks();
            liveHeap.reset();
            Map<String, Long> starts = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            Plan plan;
            try {
                plan = Planner.plan(parsed.get(), catalog, timed(starts, TerminalProgress.forConsole(err)), limits.plan());
            } catch (InfeasibleException | LimitExceededException e) {
                err.println(scenario + ": " + e.getMessage());
                return e instanceof InfeasibleException ? ExitCodes.INFEASIBLE : ExitCodes.INVALID_INPUT;
            }
            long planned = System.nanoTime();
            String planJson = PlanJson.write(plan);
            long wroteJson = System.nanoTime();
            String html = HtmlReport.render(plan);
            long wroteHtml = System.nanoTime();
            byte[] workbook = PlanWorkbook.write(plan);
            long wroteXlsx = System.nanoTime();
            String geoJson = PlanGeoJson.write(plan);
            long wroteGeoJson = System.nanoTime();
            if (planJson.isEmpty() || html.isEmpty() || workbook.length == 0 || geoJson.isEmpty()) {
                throw new IllegalStateException("empty output");
            }
            String previous = null;
            for (Map.Entry<String, Long> e : starts.entrySet()) {
                if (previous != null) {
                    record(stages, previous, r, (e.getValue() - starts.get(previous)) / NANOS_PER_SECOND);
                }
                previous = e.getKey();
            }
            if (previous != null) {
                record(stages, previous, r, (planned - starts.get(previous)) / NANOS_PER_SECOND);
            }
            record(stages, "plan.json", r, (wroteJson - planned) / NANOS_PER_SECOND);
            record(stages, "report.html", r, (wroteHtml - wroteJson) / NANOS_PER_SECOND);
            record(stages, "plan.xlsx", r, (wroteXlsx - wroteHtml) / NANOS_PER_SECOND);
            record(stages, "plan.geojson", r, (wroteGeoJson - wroteXlsx) / NANOS_PER_SECOND);
            totals[r] = (wroteGeoJson - t0) / NANOS_PER_SECOND;
            peakHeapMb = Math.max(peakHeapMb, peakHeapMb());
            peakLiveHeapMb = Math.max(peakLiveHeapMb, liveHeap.peakLiveMb());
            err.printf(Locale.ROOT, "run %d/%d: %.3f s%n", r + 1, repeat, totals[r]);
        }
        liveHeap.close();
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        JsonWriter w = new JsonWriter(false).beginObject()
                .field("scenario", scenario.toString())
                .field("repeat", repeat)
                .field("jvm_start_to_command_s", jvmToStartS)
                .field("read_scenario_s", readS)
                .field("first_run_s", totals[0])
                .field("best_run_s", sorted[0])
                .field("median_run_s", sorted[sorted.length / 2])
                .field("peak_heap_mb", peakHeapMb)
                .field("peak_live_heap_mb", peakLiveHeapMb)
                .field("max_heap_mb", Runtime.getRuntime().maxMemory() / BYTES_PER_MB)
                .field("available_processors", Runtime.getRuntime().availableProcessors());
        w.name("median_stage_s").beginObject();
        stages.forEach((name, values) -> {
            double[] v = values.clone();
            Arrays.sort(v);
            w.field(name.replace(' ', '_').replace('.', '_') + "_s", v[v.length / 2]);
        });
        w.endObject();
        w.name("runs_s").beginArray();
        for (double t : totals) {
            w.value(t);
        }
        w.endArray().endObject();
        String result = w.toString();
        if (outFile != null) {
            AtomicFiles.writeString(outFile, result + "\n");
        }
        if (json) {
            out.println(result);
        } else {
            out.printf(Locale.ROOT, "%s: best %.3f s, median %.3f s, first %.3f s over %d runs; peak heap %.0f MB "
                    + "(live after GC %.0f MB); JVM to command %.2f s%n", scenario, sorted[0], sorted[sorted.length / 2],
                    totals[0], repeat, peakHeapMb, peakLiveHeapMb, jvmToStartS);
        }
        return ExitCodes.OK;
    }

    /** Notes when each stage starts, and passes everything on to the terminal display. */
    private static PlanProgress timed(Map<String, Long> starts, PlanProgress display) {
        return new PlanProgress() {
            @Override
            public void stage(String stage, int index, int total) {
                starts.put(stage, System.nanoTime());
                display.stage(stage, index, total);
            }

            @Override
            public void step(long done, long total) {
                display.step(done, total);
            }
        };
    }

    private void record(Map<String, double[]> stages, String name, int run, double seconds) {
        stages.computeIfAbsent(name, k -> new double[repeat])[run] += seconds;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound on the live peak (pools peak separately). */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / BYTES_PER_MB;
    }
}
