package dev.edgeplan.io.scenario;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.Serving;
import dev.edgeplan.core.scenario.Workload;
import dev.edgeplan.core.scenario.WorkloadKind;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * One {@code workloads[i]} mapping → {@link Workload}, with the model's defaults and kind checked:
 * token counts and TTFT/TPOT limits default to the model's catalog values and apply to LLMs only;
 * offline serving has no latency limits.
 */
final class WorkloadBinder {

    private static final String INPUT_TOKENS = "input_tokens_per_request";
    private static final String OUTPUT_TOKENS = "output_tokens_per_request";
    private static final String TTFT = "ttft_ms";
    private static final String TPOT = "tpot_ms";
    static final String OFFLINE_WITH_LIMITS =
            "offline serving has no latency limits; remove ttft_ms/tpot_ms or use serving: online";

    private final Catalog catalog;
    private final Problems problems;

    WorkloadBinder(Catalog catalog, Problems problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    Workload bind(MappingReader m) {
        String id = m.string("id", "");
        Optional<ModelProfile> model = m.optString("model").flatMap(name -> lookUp(m, name));
        Optional<WorkloadKind> givenKind = m.optEnum("kind").flatMap(WorkloadBinder::kindOf);
        WorkloadKind kind = model.map(ModelProfile::kind).or(() -> givenKind).orElse(WorkloadKind.LLM);
        if (model.isPresent() && givenKind.isPresent() && givenKind.get() != kind) {
            problems.add(m.position("kind"), m.path("kind"), "kind '" + givenKind.get().key() + "' does not match model '"
                    + model.get().id() + "', which is " + kind.key());
        }
        double slo = m.number("latency_slo_ms");
        double service = m.number("service_time_ms");
        if (service >= slo) {
            problems.add(m.position("service_time_ms"), m.path("service_time_ms"),
                    "expected a number < latency_slo_ms (" + Range.show(slo) + "), got " + Range.show(service));
        }
        Serving serving = serving(m.enumValue("serving"));
        return new Workload(id, kind, model.map(ModelProfile::id).orElse(""),
                tokens(m, INPUT_TOKENS, model, kind), tokens(m, OUTPUT_TOKENS, model, kind),
                optional(m, "requests_per_user_per_day"), optional(m, "requests_per_s"),
                m.number("peak_to_average"), m.number("annual_growth_pct"), slo, service,
                access(m.enumValue("access")),
                latencyLimit(m, TTFT, model, kind, serving, ModelProfile::serverTtftMs),
                latencyLimit(m, TPOT, model, kind, serving, ModelProfile::serverTpotMs),
                m.number("slo_percentile"), m.number("arrival_cv2"), m.number("service_cv2"), serving,
                m.optInteger("tensor_parallel").map(Long::intValue).orElse(0),
                (int) m.integer("spare_replicas"));
    }

    private Optional<ModelProfile> lookUp(MappingReader m, String name) {
        Optional<ModelProfile> model = catalog.model(name);
        if (model.isEmpty()) {
            problems.add(m.position("model"), m.path("model"),
                    Suggest.unknown("model", name, catalog.models().stream().map(ModelProfile::id).toList()));
        }
        return model;
    }

    /** Token counts only mean something for LLMs; elsewhere they are 0 and giving them is a mistake. */
    private int tokens(MappingReader m, String key, Optional<ModelProfile> model, WorkloadKind kind) {
        if (!llmOnly(m, key, model, kind)) {
            return 0;
        }
        int modelDefault = model.map(p -> key.equals(INPUT_TOKENS) ? p.defaultInputTokens() : p.defaultOutputTokens())
                .orElse(0);
        return m.optInteger(key).map(Long::intValue).orElse(modelDefault);
    }

    /**
     * A TTFT/TPOT limit: the given value, else the model's MLPerf Server limit from the catalog (0 = the
     * model has none = no limit). 0 for non-LLM workloads and for offline serving, where giving one is a mistake.
     */
    private double latencyLimit(MappingReader m, String key, Optional<ModelProfile> model, WorkloadKind kind,
                                Serving serving, ToDoubleFunction<ModelProfile> catalogLimit) {
        if (!llmOnly(m, key, model, kind)) {
            return 0;
        }
        if (serving == Serving.OFFLINE) {
            if (m.has(key)) {
                problems.add(m.keyPosition(key), m.path(key), OFFLINE_WITH_LIMITS);
            }
            return 0;
        }
        return m.optNumber(key).orElseGet(() -> model.map(catalogLimit::applyAsDouble).orElse(0.0));
    }

    /** True for LLM workloads; otherwise reports {@code key} if it was given (it applies to LLMs only). */
    private boolean llmOnly(MappingReader m, String key, Optional<ModelProfile> model, WorkloadKind kind) {
        if (kind.countsTokens()) {
            return true;
        }
        if (m.has(key)) {
            problems.add(m.keyPosition(key), m.path(key), key + " applies to llm workloads only (model '"
                    + model.map(ModelProfile::id).orElse("?") + "' is " + kind.key() + ")");
        }
        return false;
    }

    private static OptionalDouble optional(MappingReader m, String key) {
        return m.optNumber(key).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    private static Optional<WorkloadKind> kindOf(String key) {
        return Arrays.stream(WorkloadKind.values()).filter(k -> k.key().equals(key)).findFirst();
    }

    static Serving serving(String key) {
        return Arrays.stream(Serving.values()).filter(s -> s.key().equals(key)).findFirst().orElse(Serving.ONLINE);
    }

    static AccessType access(String key) {
        return AccessType.fromKey(key).orElse(AccessType.FIBER);
    }
}
