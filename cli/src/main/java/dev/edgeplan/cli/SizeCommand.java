package dev.edgeplan.cli;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.capacity.CapacityEngine;
import dev.edgeplan.core.capacity.Throughput;
import dev.edgeplan.core.capacity.ThroughputModel;
import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.HardwareChoice;
import dev.edgeplan.core.scenario.ScenarioDefaults;
import dev.edgeplan.core.scenario.Serving;
import dev.edgeplan.core.scenario.Workload;
import dev.edgeplan.io.catalog.CatalogLoader;
import dev.edgeplan.io.json.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** {@code edgeplan size}: sizes one workload from flags, without a scenario file. */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = "Size accelerators, servers and kW for one workload at its peak rate and latency limits.",
        footer = {"", "Example:",
                "  edgeplan size --model llama-2-70b --accelerator h200-sxm --peak-rps 40 --input-tokens 1155 \\",
                "      --output-tokens 211 --ttft-ms 450 --tpot-ms 40 --json",
                "  edgeplan size --model resnet50 --accelerator h100-sxm --peak-rps 20000 --latency-ms 5",
                "", "Ids: 'edgeplan catalog models', 'edgeplan catalog accelerators'. Exit codes: 0 ok, 2 bad flags,",
                "3 cannot be met (e.g. prefill alone exceeds --ttft-ms, or one sample's processing --latency-ms)."})
final class SizeCommand implements Callable<Integer> {

    enum ScenarioKind {
        online, max_throughput;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, description = "model id (see 'edgeplan catalog models')")
    String model;

    @Option(names = "--accelerator", required = true, description = "accelerator id (see 'edgeplan catalog accelerators')")
    String accelerator;

    @Option(names = "--server", description = "server id (default: the accelerator's reference server)")
    String server;

    @Option(names = "--peak-rps", required = true, description = "design-hour peak requests per second")
    double peakRps;

    @Option(names = "--input-tokens", description = "mean prompt tokens (LLM; default: the model's)")
    Integer inputTokens;

    @Option(names = "--output-tokens", description = "mean output tokens (LLM; default: the model's)")
    Integer outputTokens;

    @Option(names = "--ttft-ms", description = "time-to-first-token limit (LLM; default: MLPerf Server limit)")
    Double ttftMs;

    @Option(names = "--tpot-ms", description = "time-per-output-token limit (LLM; default: MLPerf Server limit)")
    Double tpotMs;

    @Option(names = "--latency-ms", description = "per-sample workloads (vision, speech…): in-site latency limit at "
            + "the percentile, processing + queueing (default: none, the wait is reported only)")
    Double latencyMs;

    @Option(names = "--percentile", defaultValue = "99", description = "percentile the limits hold at (default ${DEFAULT-VALUE})")
    double percentile;

    @Option(names = "--scenario", defaultValue = "online",
            description = "online (latency limits) or max_throughput (as MLPerf Offline); default ${DEFAULT-VALUE}")
    String scenario;

    @Option(names = "--arrival-cv2", description = "Ca², burstiness of arrivals (default 1.19)")
    Double arrivalCv2;

    @Option(names = "--service-cv2", description = "Cs², variability of service times (default 0.60)")
    Double serviceCv2;

    @Option(names = "--spare-replicas", defaultValue = "1", description = "N+k spare replicas (default ${DEFAULT-VALUE})")
    int spareReplicas;

    @Option(names = "--tensor-parallel", defaultValue = "0", description = "accelerators per replica (default: automatic)")
    int tensorParallel;

    @Option(names = "--target-utilization-pct", defaultValue = "80", description = "default ${DEFAULT-VALUE}")
    double targetUtilizationPct;

    @Option(names = "--software-efficiency-pct", defaultValue = "70", description = "default ${DEFAULT-VALUE}")
    double softwareEfficiencyPct;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = CatalogLoader.loadBundled();
        try {
            ModelProfile m = CatalogLookup.find("model", model, catalog.models(), ModelProfile::id);
            Accelerator a = CatalogLookup.find("accelerator", accelerator, catalog.accelerators(), Accelerator::id);
            ServerModel s = server != null ? CatalogLookup.find("server", server, catalog.servers(), ServerModel::id)
                    : catalog.defaultServerFor(a.id()).orElseThrow(() -> new CatalogLookup.UnknownIdException(
                    "accelerator '" + a.id() + "' has no server in the catalog; give --server"));
            String invalid = invalidFlags(m, s, a);
            if (invalid != null) {
                err.println("edgeplan size: " + invalid);
                return ExitCodes.INVALID_INPUT;
            }
            Workload w = workload(m);
            HardwareChoice hw = new HardwareChoice(a.id(), s.id(), targetUtilizationPct, softwareEfficiencyPct);
            List<Throughput> options = ThroughputModel.options(w, m, a, s, catalog);
            if (options.isEmpty()) {
                err.printf("edgeplan size: cannot be satisfied: hardware.accelerator: no MLPerf result for %s on %s and "
                        + "no roofline fit (architecture unknown, model too large for one %s, or tpot too tight)%n",
                        m.id(), a.id(), s.id());
                return ExitCodes.INFEASIBLE;
            }
            WorkloadCapacity c = CapacityEngine.sizeBest(w, m, options, s, hw, peakRps);
            out.println(json ? json(m, a, s, c) : text(m, a, s, c));
            warnings(c, hw).forEach(line -> err.println("warning: " + line));
            return ExitCodes.OK;
        } catch (CatalogLookup.UnknownIdException e) {
            err.println("edgeplan size: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (InfeasibleException e) {
            err.println("edgeplan size: cannot be satisfied: " + e.bindingConstraint() + ": " + e.getMessage());
            return ExitCodes.INFEASIBLE;
        }
    }

    /** Flag checks the types cannot express; null when all is well. */
    private String invalidFlags(ModelProfile m, ServerModel s, Accelerator a) {
        if (!(peakRps >= 0) || Double.isInfinite(peakRps)) {
            return "--peak-rps must be a finite number ≥ 0 (got " + peakRps + ")";
        }
        if (!s.acceleratorId().equals(a.id())) {
            return "--server " + s.id() + " carries " + s.acceleratorId() + ", not " + a.id();
        }
        if (!m.kind().countsTokens() && (inputTokens != null || outputTokens != null || ttftMs != null || tpotMs != null)) {
            return "--input-tokens, --output-tokens, --ttft-ms and --tpot-ms apply to LLMs only (" + m.id() + " is "
                    + m.kind().key() + ")";
        }
        if (m.kind().countsTokens() && latencyMs != null) {
            return "--latency-ms applies to per-sample workloads; LLMs use --ttft-ms and --tpot-ms";
        }
        if (latencyMs != null && !(latencyMs > 0 && !latencyMs.isInfinite())) {
            return "--latency-ms must be a finite number > 0 (got " + latencyMs + ")";
        }
        if (!scenario.equals("online") && !scenario.equals("max_throughput") && !scenario.equals("max-throughput")) {
            return "--scenario must be online or max-throughput (got '" + scenario + "')";
        }
        for (double v : new double[] {nonNull(inputTokens), nonNull(outputTokens), nonNull(ttftMs), nonNull(tpotMs)}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                return "token counts and limits must be finite and > 0";
            }
        }
        if (inputTokens != null && inputTokens < 1 || outputTokens != null && outputTokens < 1) {
            return "--input-tokens and --output-tokens must be ≥ 1";
        }
        if (!(percentile > 50 && percentile < 100) || !(targetUtilizationPct > 0 && targetUtilizationPct <= 100)
                || !(softwareEfficiencyPct > 0 && softwareEfficiencyPct <= 100) || spareReplicas < 0 || tensorParallel < 0) {
            return "--percentile must be in (50, 100); utilization and efficiency in (0, 100]; spares and TP ≥ 0";
        }
        return null;
    }

    private static double nonNull(Number n) {
        return n == null ? 1.0 : n.doubleValue();
    }

    private Workload workload(ModelProfile m) {
        boolean llm = m.kind().countsTokens();
        boolean offline = !scenario.equals("online");
        return new Workload("cli", m.kind(), m.id(),
                llm ? (inputTokens != null ? inputTokens : m.defaultInputTokens()) : 0,
                llm ? (outputTokens != null ? outputTokens : m.defaultOutputTokens()) : 0,
                OptionalDouble.empty(), OptionalDouble.of(Math.max(peakRps, Double.MIN_VALUE)), 1.0, 0.0,
                // the site's share of the SLO is all of it here: there is no network leg in a one-workload sizing
                latencyMs != null ? latencyMs : 1.0, latencyMs != null ? latencyMs : 0.0,
                AccessType.NONE,
                offline || !llm ? 0 : (ttftMs != null ? ttftMs : m.serverTtftMs()),
                offline || !llm ? 0 : (tpotMs != null ? tpotMs : m.serverTpotMs()),
                percentile,
                arrivalCv2 != null ? arrivalCv2 : ScenarioDefaults.ARRIVAL_CV2,
                serviceCv2 != null ? serviceCv2 : ScenarioDefaults.SERVICE_CV2,
                offline ? Serving.OFFLINE : Serving.ONLINE, tensorParallel, spareReplicas);
    }

    private static String json(ModelProfile m, Accelerator a, ServerModel s, WorkloadCapacity c) {
        boolean llm = m.kind().countsTokens();
        Throughput t = c.throughput();
        return new JsonWriter(false).beginObject()
                .field("model", m.id()).field("accelerator", a.id()).field("server", s.id())
                .field("peak_requests_per_s", c.peakRequestsPerS())
                .field("demand_units_per_s", c.demandUnitsPerS()).field("throughput_unit", c.unit())
                .field("accelerators", c.accelerators()).field("servers", c.servers())
                .field("replicas", c.replicas()).field("spare_replicas", c.spareReplicas())
                .field("tensor_parallel", t.tensorParallel())
                .field(llm ? "tokens_per_s_per_accelerator" : "samples_per_s_per_accelerator", t.perAcceleratorPerS())
                .field("planned_per_s_per_accelerator", c.plannedPerAcceleratorPerS())
                .field("method", t.method()).field("reference", t.reference())
                .field("slo_factor", t.sloFactor()).field("length_factor", t.lengthFactor())
                .field("round", t.round()).field("precision", t.precision()).field("source", t.source())
                .field("utilization", c.utilizationPct() / 100.0).field("p_wait", c.pWait())
                .field(c.countsTokens() ? "ttft_ms_at_percentile" : "latency_ms_at_percentile", c.latencyMsAtPercentile())
                .field("it_kw_nameplate", c.itKwNameplate()).field("it_kw_expected", c.itKwExpected())
                .field(llm ? "joules_per_token" : "joules_per_request", c.joulesPerUnit())
                .endObject().toString();
    }

    private static String text(ModelProfile m, Accelerator a, ServerModel s, WorkloadCapacity c) {
        Throughput t = c.throughput();
        return String.format(Locale.ROOT, """
                %s on %s (%s): %,d accelerators in %,d servers (%d replicas × TP %d, %d spare)
                  throughput   %,.0f %s per accelerator, %s (%s%s), planned %,.0f
                  utilization  %.1f %% of working replicas; P(wait) %.3f; %s at percentile %.1f ms
                  power        %,.1f kW nameplate, %,.1f kW expected; %.3f J per %s
                  source       %s""",
                m.id(), a.id(), s.id(), c.accelerators(), c.servers(), c.replicas(), t.tensorParallel(), c.spareReplicas(),
                t.perAcceleratorPerS(), c.unit(), t.method(), t.reference(),
                t.round().isEmpty() ? "" : " " + t.round(), c.plannedPerAcceleratorPerS(), c.utilizationPct(), c.pWait(),
                c.countsTokens() ? "TTFT" : "latency", c.latencyMsAtPercentile(), c.itKwNameplate(), c.itKwExpected(), c.joulesPerUnit(),
                m.kind().countsTokens() ? "token" : "request", t.source());
    }

    static List<String> warnings(WorkloadCapacity c, HardwareChoice hw) {
        if (c.replicas() == 0) {
            return List.of();
        }
        if (c.utilizationPct() < dev.edgeplan.core.capacity.CapacityDefaults.LOW_UTILIZATION_PCT) {
            return List.of(String.format(Locale.ROOT, "utilization %.0f %% is below 30 %%: capacity is set by granularity "
                    + "or the latency limit, not by load (stranded capital)", c.utilizationPct()));
        }
        if (c.utilizationPct() > hw.targetUtilizationPct() + 1e-9) {
            return List.of(String.format(Locale.ROOT, "utilization %.0f %% is above the %.0f %% target",
                    c.utilizationPct(), hw.targetUtilizationPct()));
        }
        return List.of();
    }
}
