package dev.edgeplan.web.api;

import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.io.scenario.ScenarioResult;
import dev.edgeplan.web.jobs.ArtifactStore;
import dev.edgeplan.web.jobs.PlanJobs;
import dev.edgeplan.web.jobs.ScenarioText;
import dev.edgeplan.web.store.RevisionInfo;
import dev.edgeplan.web.store.RunRecord;
import dev.edgeplan.web.store.ScenarioInfo;
import dev.edgeplan.web.store.ScenarioStore;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Scenarios (create, read, update with revisions, delete, list) and validation without storing. */
final class ScenarioApi {

    private static final int NAME_MAX = 300;
    private static final int DESCRIPTION_MAX = 2000;

    private final ScenarioStore scenarios;
    private final ScenarioText scenarioText;
    private final PlanJobs jobs;
    private final ArtifactStore artifacts;
    private final long maxBodyBytes;

    ScenarioApi(ScenarioStore scenarios, ScenarioText scenarioText, PlanJobs jobs, ArtifactStore artifacts,
                long maxBodyBytes) {
        this.scenarios = scenarios;
        this.scenarioText = scenarioText;
        this.jobs = jobs;
        this.artifacts = artifacts;
        this.maxBodyBytes = maxBodyBytes;
    }

    void list(Context ctx) {
        ctx.json(scenarios.list().stream().map(Views::scenario).toList());
    }

    void create(Context ctx) {
        String source = scenarioBody(ctx);
        Scenario valid = validOrThrow(source);
        String name = text(ctx.queryParam("name"), NAME_MAX, "name").orElse(shortened(valid.name()));
        ScenarioInfo created = scenarios.create(name, text(ctx.queryParam("description"), DESCRIPTION_MAX,
                "description").orElse(null), ScenarioText.format(source), source);
        ctx.status(201).header("Location", "/api/v1/scenarios/" + created.id());
        ctx.json(Views.scenario(created, source));
    }

    void get(Context ctx) {
        ScenarioInfo info = found(ctx.pathParam("id"));
        RevisionInfo latest = scenarios.revision(info.id(), OptionalInt.empty()).orElseThrow(() -> notFound(info.id()));
        ctx.json(Views.scenario(info, latest.source()));
    }

    void source(Context ctx) {
        ScenarioInfo info = found(ctx.pathParam("id"));
        RevisionInfo latest = scenarios.revision(info.id(), OptionalInt.empty()).orElseThrow(() -> notFound(info.id()));
        ctx.contentType(latest.format().equals("json") ? "application/json" : "application/yaml; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ScenarioText.fileName(latest.format()) + "\"");
        ctx.result(latest.source());
    }

    void update(Context ctx) {
        String id = ctx.pathParam("id");
        ScenarioInfo current = found(id);
        String source = scenarioBody(ctx);
        Scenario valid = validOrThrow(source);
        OptionalInt expected = ifMatch(ctx.header("If-Match"));
        String name = text(ctx.queryParam("name"), NAME_MAX, "name").orElse(shortened(valid.name()));
        String description = text(ctx.queryParam("description"), DESCRIPTION_MAX, "description")
                .orElse(current.description());
        ScenarioInfo saved = scenarios.update(id, expected, name, description, ScenarioText.format(source), source)
                .orElseThrow(() -> notFound(id));
        ctx.json(Views.scenario(saved, source));
    }

    void delete(Context ctx) {
        String id = ctx.pathParam("id");
        found(id);
        for (RunRecord run : jobs.list(Optional.of(id))) {
            jobs.cancel(run.id());
            artifacts.deleteRun(run.id());
        }
        if (!scenarios.delete(id)) {
            throw notFound(id);
        }
        ctx.status(204);
    }

    void revisions(Context ctx) {
        ScenarioInfo info = found(ctx.pathParam("id"));
        ctx.json(scenarios.revisions(info.id()).stream().map(Views::revision).toList());
    }

    void revision(Context ctx) {
        ScenarioInfo info = found(ctx.pathParam("id"));
        int revision = positiveInt(ctx.pathParam("revision"), "revision");
        ctx.json(Views.revision(scenarios.revision(info.id(), OptionalInt.of(revision)).orElseThrow(() ->
                new ApiException(404, "scenario " + info.id() + " has no revision " + revision
                        + " (latest: " + info.revision() + ")"))));
    }

    /** Always 200: the answer is in {@code valid} and {@code problems}. */
    void validate(Context ctx) {
        String source = scenarioBody(ctx);
        ScenarioResult result = scenarioText.read(source);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", result.ok());
        body.put("problems", result.problems().stream().map(Views::problem).toList());
        body.put("summary", result.scenario().filter(s -> result.ok()).map(this::summary).orElse(null));
        ctx.json(body);
    }

    private Map<String, Object> summary(Scenario s) {
        ScenarioText.Counts counts = scenarioText.counts(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("horizon_years", s.horizonYears());
        m.put("demand_points", counts.demandPoints());
        m.put("workloads", s.workloads().size());
        m.put("candidate_sites", counts.candidateSites());
        return m;
    }

    ScenarioInfo found(String id) {
        return scenarios.info(id).orElseThrow(() -> notFound(id));
    }

    private Scenario validOrThrow(String source) {
        ScenarioResult result = scenarioText.read(source);
        if (!result.ok() || result.scenario().isEmpty()) {
            int n = result.problems().size();
            throw new ApiException(422, "scenario has " + n + " problem" + (n == 1 ? "" : "s") + "; nothing was saved",
                    result.problems());
        }
        return result.scenario().get();
    }

    /** The body as text, refusing content types that are not a scenario file. */
    private String scenarioBody(Context ctx) {
        String type = RequestGuard.mediaType(ctx.contentType());
        if (!RequestGuard.SCENARIO_TYPES.contains(type)) {
            throw new ApiException(415, "send the scenario file itself as application/yaml or application/json"
                    + (type.isEmpty() ? "" : " (got " + type + ")"));
        }
        byte[] body = RequestGuard.boundedBody(ctx, maxBodyBytes);
        if (body.length == 0) {
            throw new ApiException(400, "empty body: send the scenario file");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new ApiException(400, "the body is not UTF-8 text");
        }
        return text;
    }

    static ApiException notFound(String id) {
        return new ApiException(404, "no scenario with id '" + id + "'");
    }

    static int positiveInt(String value, String what) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new ApiException(400, what + " must be a whole number ≥ 1 (got '" + value + "')");
    }

    private static OptionalInt ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(positiveInt(header.strip().replace("\"", ""), "If-Match (the revision you edited)"));
    }

    /** The scenario's own name as the list shows it: a valid file may carry a longer one than the store keeps. */
    private static String shortened(String name) {
        if (name.length() <= NAME_MAX) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(NAME_MAX - 2)) ? NAME_MAX - 2 : NAME_MAX - 1;
        return name.substring(0, end) + "…";
    }

    private static Optional<String> text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > max) {
            throw new ApiException(400, what + " is longer than " + max + " characters");
        }
        return Optional.of(value.strip());
    }
}
