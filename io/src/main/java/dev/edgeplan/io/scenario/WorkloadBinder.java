package dev.edgeplan.io.scenario;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.Workload;
import dev.edgeplan.core.scenario.WorkloadKind;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/** One {@code workloads[i]} mapping → {@link Workload}, with the model's defaults and kind checked. */
final class WorkloadBinder {

    private static final String INPUT_TOKENS = "input_tokens_per_request";
    private static final String OUTPUT_TOKENS = "output_tokens_per_request";

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
        return new Workload(id, kind, model.map(ModelProfile::id).orElse(""),
                tokens(m, INPUT_TOKENS, model, kind), tokens(m, OUTPUT_TOKENS, model, kind),
                optional(m, "requests_per_user_per_day"), optional(m, "requests_per_s"),
                m.number("peak_to_average"), m.number("annual_growth_pct"), slo, service,
                access(m.enumValue("access")));
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
        if (!kind.countsTokens()) {
            if (m.has(key)) {
                problems.add(m.keyPosition(key), m.path(key), key + " applies to llm workloads only (model '"
                        + model.map(ModelProfile::id).orElse("?") + "' is " + kind.key() + ")");
            }
            return 0;
        }
        int modelDefault = model.map(p -> key.equals(INPUT_TOKENS) ? p.defaultInputTokens() : p.defaultOutputTokens())
                .orElse(0);
        return m.optInteger(key).map(Long::intValue).orElse(modelDefault);
    }

    private static OptionalDouble optional(MappingReader m, String key) {
        return m.optNumber(key).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    private static Optional<WorkloadKind> kindOf(String key) {
        return Arrays.stream(WorkloadKind.values()).filter(k -> k.key().equals(key)).findFirst();
    }

    static AccessType access(String key) {
        return Arrays.stream(AccessType.values()).filter(a -> a.key().equals(key)).findFirst()
                .orElse(AccessType.FIBER);
    }
}
