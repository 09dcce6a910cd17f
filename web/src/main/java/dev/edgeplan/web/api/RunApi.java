package dev.edgeplan.web.api;

import dev.edgeplan.io.report.PdfReport;
import dev.edgeplan.web.compare.PlanComparison;
import dev.edgeplan.web.jobs.ArtifactKind;
import dev.edgeplan.web.jobs.ArtifactStore;
import dev.edgeplan.web.jobs.PlanJobs;
import dev.edgeplan.web.jobs.QueueFullException;
import dev.edgeplan.web.store.RevisionInfo;
import dev.edgeplan.web.store.RunRecord;
import dev.edgeplan.web.store.RunStatus;
import dev.edgeplan.web.store.ScenarioInfo;
import dev.edgeplan.web.store.ScenarioStore;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Plan runs (start, progress, cancel), their artifacts, and the comparison of two runs. */
final class RunApi {

    /** Seconds a client refused for a full queue should wait before trying again. */
    static final int RETRY_AFTER_S = 30;

    private final ScenarioStore scenarios;
    private final PlanJobs jobs;
    private final ArtifactStore artifacts;
    private final ScenarioApi scenarioApi;

    RunApi(ScenarioStore scenarios, PlanJobs jobs, ArtifactStore artifacts, ScenarioApi scenarioApi) {
        this.scenarios = scenarios;
        this.jobs = jobs;
        this.artifacts = artifacts;
        this.scenarioApi = scenarioApi;
    }

    void start(Context ctx) {
        ScenarioInfo info = scenarioApi.found(ctx.pathParam("id"));
        String rev = ctx.queryParam("revision");
        OptionalInt revision = rev == null || rev.isBlank() ? OptionalInt.empty()
                : OptionalInt.of(ScenarioApi.positiveInt(rev, "revision"));
        RevisionInfo source = scenarios.revision(info.id(), revision).orElseThrow(() -> new ApiException(404,
                "scenario " + info.id() + " has no revision " + rev));
        RunRecord run;
        try {
            run = jobs.submit(info.id(), source.revision(), source.source());
        } catch (QueueFullException e) {
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_S));
            throw new ApiException(503, e.getMessage());
        }
        ctx.status(202).header("Location", "/api/v1/runs/" + run.id());
        ctx.json(Views.run(run, artifacts));
    }

    void list(Context ctx) {
        ctx.json(jobs.list(Optional.ofNullable(ctx.queryParam("scenario_id"))).stream()
                .map(r -> Views.run(r, artifacts)).toList());
    }

    void get(Context ctx) {
        ctx.json(Views.run(found(ctx.pathParam("id")), artifacts));
    }

    void cancel(Context ctx) {
        RunRecord run = found(ctx.pathParam("id"));
        if (run.status().finished()) {
            throw new ApiException(409, "run " + run.id() + " has already " + run.status().key());
        }
        ctx.status(202).json(Views.run(jobs.cancel(run.id()).orElse(run), artifacts));
    }

    void plan(Context ctx) {
        serve(ctx, succeeded(ctx.pathParam("id")), ArtifactKind.PLAN_JSON, true);
    }

    void artifact(Context ctx) {
        ArtifactKind kind = ArtifactKind.byFileName(ctx.pathParam("name")).orElseThrow(() -> new ApiException(404,
                "no artifact '" + ctx.pathParam("name") + "'; a run has plan.json, report.html, commissioning.md, "
                        + "plan.xlsx, plan.geojson and report.pdf"));
        RunRecord run = succeeded(ctx.pathParam("id"));
        boolean inline = "1".equals(ctx.queryParam("inline"))
                && (kind == ArtifactKind.REPORT_HTML || kind == ArtifactKind.PLAN_JSON);
        serve(ctx, run, kind, inline);
    }

    void compare(Context ctx) {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        if (a == null || b == null) {
            throw new ApiException(400, "give the two runs to compare: /api/v1/compare?a=RUN_ID&b=RUN_ID");
        }
        RunRecord runA = succeeded(a);
        RunRecord runB = succeeded(b);
        PlanComparison.Result result = PlanComparison.compare(planJson(runA), planJson(runB));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a", reference(runA));
        body.put("b", reference(runB));
        body.put("totals", result.totals().stream().map(RunApi::row).toList());
        body.put("sites", result.sites().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("site_id", s.siteId());
            m.put("name", s.name());
            m.put("status", s.status());
            m.put("figures", s.figures().stream().map(RunApi::row).toList());
            return m;
        }).toList());
        ctx.json(body);
    }

    private Map<String, Object> reference(RunRecord run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", run.id());
        m.put("scenario_id", run.scenarioId());
        m.put("scenario_revision", run.scenarioRevision());
        m.put("scenario_name", scenarios.info(run.scenarioId()).map(ScenarioInfo::name).orElse(null));
        m.put("finished_at", run.finishedAtMs() == null ? null : Views.time(run.finishedAtMs()));
        return m;
    }

    private static Map<String, Object> row(PlanComparison.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", r.key());
        m.put("label", r.label());
        m.put("unit", r.unit());
        m.put("a", r.a());
        m.put("b", r.b());
        m.put("delta", r.delta());
        m.put("delta_pct", r.deltaPct());
        m.put("changed", r.changed());
        return m;
    }

    private String planJson(RunRecord run) {
        return artifacts.readText(run.id(), ArtifactKind.PLAN_JSON).orElseThrow(() -> new ApiException(410,
                "the plan.json of run " + run.id() + " is gone from the data directory; run the scenario again"));
    }

    private RunRecord found(String id) {
        return jobs.get(id).orElseThrow(() -> new ApiException(404, "no run with id '" + id + "'"));
    }

    private RunRecord succeeded(String id) {
        RunRecord run = found(id);
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new ApiException(409, "run " + id + " is " + run.status().key() + ", not succeeded: it has no plan");
        }
        return run;
    }

    private void serve(Context ctx, RunRecord run, ArtifactKind kind, boolean inline) {
        byte[] content = artifacts.read(run.id(), kind).orElseGet(() -> makeLater(run, kind));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + kind.fileName() + "\"");
        ctx.contentType(kind.contentType());
        ctx.result(content);
    }

    /** The PDF is laid out on first request, once per run even when asked for twice at the same moment. */
    private byte[] makeLater(RunRecord run, ArtifactKind kind) {
        if (kind != ArtifactKind.REPORT_PDF) {
            throw new ApiException(410, kind.fileName() + " of run " + run.id() + " is gone from the data directory");
        }
        synchronized (this) {
            return artifacts.read(run.id(), kind).orElseGet(() -> {
                String html = artifacts.readText(run.id(), ArtifactKind.REPORT_HTML).orElseThrow(() -> new ApiException(410,
                        "report.html of run " + run.id() + " is gone from the data directory"));
                byte[] pdf = PdfReport.render(html);
                artifacts.store(run.id(), kind, pdf);
                return pdf;
            });
        }
    }
}
