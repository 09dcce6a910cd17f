package dev.edgeplan.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.edgeplan.io.scenario.Problem;
import dev.edgeplan.web.jobs.ArtifactKind;
import dev.edgeplan.web.jobs.ArtifactStore;
import dev.edgeplan.web.store.RevisionInfo;
import dev.edgeplan.web.store.RunRecord;
import dev.edgeplan.web.store.RunStatus;
import dev.edgeplan.web.store.ScenarioInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the API sends: snake_case field names written out here, one method per resource, so the wire format is
 * visible in one place (and matches openapi.json) rather than derived from Java names.
 */
final class Views {

    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Views() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, Object> scenario(ScenarioInfo s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("revision", s.revision());
        m.put("format", s.format());
        m.put("created_at", time(s.createdAtMs()));
        m.put("updated_at", time(s.updatedAtMs()));
        return m;
    }

    static Map<String, Object> scenario(ScenarioInfo s, String source) {
        Map<String, Object> m = scenario(s);
        m.put("source", source);
        return m;
    }

    static Map<String, Object> revision(RevisionInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", r.revision());
        m.put("format", r.format());
        m.put("created_at", time(r.createdAtMs()));
        m.put("size_bytes", r.sizeBytes());
        if (r.source() != null) {
            m.put("source", r.source());
        }
        return m;
    }

    static Map<String, Object> run(RunRecord r, ArtifactStore artifacts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("scenario_id", r.scenarioId());
        m.put("scenario_revision", r.scenarioRevision());
        m.put("status", r.status().key());
        m.put("progress", Math.round(r.progress() * 1e4) / 1e4);
        m.put("stage", r.stage());
        m.put("created_at", time(r.createdAtMs()));
        m.put("started_at", r.startedAtMs() == null ? null : time(r.startedAtMs()));
        m.put("finished_at", r.finishedAtMs() == null ? null : time(r.finishedAtMs()));
        if (r.errorMessage() != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", r.errorMessage());
            error.put("binding_constraint", r.bindingConstraint());
            m.put("error", error);
        } else {
            m.put("error", null);
        }
        m.put("summary", r.summaryJson() == null ? null : parse(r.summaryJson()));
        List<Map<String, Object>> files = new ArrayList<>();
        if (r.status() == RunStatus.SUCCEEDED) {
            for (ArtifactKind kind : ArtifactKind.values()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", kind.fileName());
                a.put("content_type", kind.contentType());
                long size = artifacts.size(r.id(), kind);
                a.put("size_bytes", size >= 0 ? size : null);
                a.put("url", "/api/v1/runs/" + r.id() + "/artifacts/" + kind.fileName());
                files.add(a);
            }
        }
        m.put("artifacts", files);
        return m;
    }

    static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line() > 0 ? p.line() : null);
        m.put("column", p.column() > 0 ? p.column() : null);
        m.put("path", p.path());
        m.put("message", p.message());
        m.put("text", p.format());
        return m;
    }

    static Map<String, Object> error(int status, String message, List<Problem> problems) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        e.put("message", message);
        if (status == 422 || !problems.isEmpty()) {
            e.put("problems", problems.stream().map(Views::problem).toList());
        }
        return Map.of("error", e);
    }

    static String time(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }

    static Object parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse", e);
        }
    }
}
