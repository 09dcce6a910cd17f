package dev.edgeplan.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.edgeplan.io.catalog.CatalogLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP on loopback, against a server with an embedded database in a temporary directory. */
class ApiTest {

    private static final String YAML = "application/yaml";
    private static final Map<String, String> NONE = Map.of();

    @TempDir
    static Path data;
    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = WebServer.start(new WebConfig("127.0.0.1", 0, data, Optional.empty(), Optional.empty(), 1, 2,
                64 * 1024), CatalogLoader.loadBundled());
        http = new Http(server.port(), NONE);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonNode create(String yaml) {
        Http.Answer a = http.post("/api/v1/scenarios", YAML, yaml, NONE);
        assertThat(a.status()).as(a.text()).isEqualTo(201);
        return a.json();
    }

    @Test
    void createFromYamlAndJsonReadBackAndList() {
        JsonNode yaml = create(Examples.dallas());
        assertThat(yaml.get("revision").asInt()).isEqualTo(1);
        assertThat(yaml.get("name").asText()).isEqualTo("Dallas–Fort Worth consumer chat");
        assertThat(yaml.get("format").asText()).isEqualTo("yaml");
        String json = "{\"schema_version\": 1, \"name\": \"as JSON\", \"workloads\": [{\"id\": \"chat\", \"model\": \"llama2-70b\","
                + " \"requests_per_s\": 50, \"latency_slo_ms\": 40}], \"demand\": {\"points\": [{\"id\": \"p\", \"lat\": 32.8,"
                + " \"lon\": -96.8, \"population\": 1000}]}, \"sites\": {\"candidates\": [{\"id\": \"s\", \"lat\": 32.9,"
                + " \"lon\": -96.7, \"power_available_mw\": 5}]}, \"hardware\": {\"accelerator\": \"h200-sxm\","
                + " \"server\": \"dgx-h200\"}}";
        Http.Answer created = http.post("/api/v1/scenarios?name=json%20one", "application/json", json, NONE);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/scenarios/" + created.json().get("id").asText());
        assertThat(created.json().get("format").asText()).isEqualTo("json");
        assertThat(created.json().get("name").asText()).isEqualTo("json one");
        JsonNode got = http.get("/api/v1/scenarios/" + yaml.get("id").asText()).json();
        assertThat(got.get("source").asText()).isEqualTo(Examples.dallas());
        Http.Answer source = http.get("/api/v1/scenarios/" + yaml.get("id").asText() + "/source");
        assertThat(source.header("Content-Type")).startsWith("application/yaml");
        assertThat(source.text()).isEqualTo(Examples.dallas());
        JsonNode list = http.get("/api/v1/scenarios").json();
        assertThat(list.isArray()).isTrue();
        assertThat(list.get(0).get("id").asText()).isEqualTo(created.json().get("id").asText());
        assertThat(list.get(0).has("source")).isFalse();
    }

    @Test
    void anInvalidScenarioIs422WithTheCliProblemsAndPositionsAndNothingIsStored() {
        int before = http.get("/api/v1/scenarios").json().size();
        String bad = Examples.dallas().replace("latency_slo_ms: 40", "latency_slo_ms: fast");
        Http.Answer a = http.post("/api/v1/scenarios", YAML, bad, NONE);
        assertThat(a.status()).isEqualTo(422);
        JsonNode problem = a.json().get("error").get("problems").get(0);
        int line = lineOf(bad, "latency_slo_ms: fast");
        assertThat(problem.get("line").asInt()).isEqualTo(line);
        assertThat(problem.get("column").asInt()).isGreaterThan(1);
        assertThat(problem.get("path").asText()).isEqualTo("workloads[0].latency_slo_ms");
        assertThat(problem.get("text").asText()).startsWith("scenario.yaml:" + line + ":");
        assertThat(http.get("/api/v1/scenarios").json().size()).isEqualTo(before);
        Http.Answer validate = http.post("/api/v1/validate", YAML, bad, NONE);
        assertThat(validate.status()).isEqualTo(200);
        assertThat(validate.json().get("valid").asBoolean()).isFalse();
        assertThat(validate.json().get("problems").get(0).get("line").asInt()).isEqualTo(line);
        JsonNode ok = http.post("/api/v1/validate", YAML, Examples.dallas(), NONE).json();
        assertThat(ok.get("valid").asBoolean()).isTrue();
        assertThat(ok.get("summary").get("workloads").asInt()).isEqualTo(1);
        assertThat(ok.get("summary").get("demand_points").asInt()).isPositive();
        assertThat(ok.get("summary").get("candidate_sites").asInt()).isPositive();
    }

    @Test
    void aScenarioPointingAtAFileOfTheServerCannotReadIt() {
        String sneaky = Examples.dallas().replace("  cities:\n", "  csv: ../../../../etc/passwd\n  cities:\n");
        Http.Answer a = http.post("/api/v1/validate", YAML, sneaky, NONE);
        assertThat(a.json().get("valid").asBoolean()).isFalse();
        assertThat(a.text()).doesNotContain("root:x:0:0").doesNotContain("/etc/passwd:");
        assertThat(a.json().get("problems").get(0).get("path").asText()).isEqualTo("demand.csv");
        assertThat(a.json().get("problems").get(0).get("message").asText()).contains("CSV files cannot be read here");
    }

    @Test
    void aValidScenarioWithANameLongerThanTheStoreKeepsIsSavedUnderAShortenedName() {
        String longName = "x".repeat(400);
        JsonNode saved = create(Examples.dallas().replaceFirst("(?m)^name: .*$", "name: " + longName));
        assertThat(saved.get("name").asText()).hasSize(300).endsWith("…");
        assertThat(saved.get("source").asText()).contains(longName);
    }

    @Test
    void updatesKeepEveryRevisionAndAStaleIfMatchIsAConflict() {
        String id = create(Examples.dallas()).get("id").asText();
        String v2 = Examples.dallas().replace("max_kw_per_rack: 40", "max_kw_per_rack: 30");
        Http.Answer saved = http.put("/api/v1/scenarios/" + id, YAML, v2, Map.of("If-Match", "1"));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().get("revision").asInt()).isEqualTo(2);
        Http.Answer stale = http.put("/api/v1/scenarios/" + id, YAML, Examples.dallas(), Map.of("If-Match", "1"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").get("message").asText()).contains("revision 2");
        Http.Answer invalid = http.put("/api/v1/scenarios/" + id, YAML, "name: [", NONE);
        assertThat(invalid.status()).isEqualTo(422);
        JsonNode revisions = http.get("/api/v1/scenarios/" + id + "/revisions").json();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("revision").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/scenarios/" + id + "/revisions/1").json().get("source").asText())
                .isEqualTo(Examples.dallas());
        assertThat(http.get("/api/v1/scenarios/" + id + "/revisions/9").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/scenarios/" + id + "/revisions/x").status()).isEqualTo(400);
        assertThat(http.delete("/api/v1/scenarios/" + id).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/scenarios/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/api/v1/scenarios/" + id).status()).isEqualTo(404);
    }

    @Test
    void aPlanRunsToTheEndWithProgressAndItsArtifactsDownload() {
        String id = create(Examples.dallas()).get("id").asText();
        Http.Answer started = http.postAction("/api/v1/scenarios/" + id + "/runs");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = awaitEnd(started.json().get("id").asText());
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("succeeded");
        assertThat(run.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(run.get("summary").get("summary").get("sites_chosen").asInt()).isEqualTo(1);
        Set<String> names = new HashSet<>();
        for (JsonNode a : run.get("artifacts")) {
            names.add(a.get("name").asText());
            Http.Answer file = http.get(a.get("url").asText());
            assertThat(file.status()).as(a.toString()).isEqualTo(200);
            assertThat(file.header("Content-Type")).startsWith(a.get("content_type").asText().split(";")[0]);
            assertThat(file.raw().body().length).isGreaterThan(100);
            assertThat(file.header("Content-Disposition")).startsWith("attachment");
        }
        assertThat(names).containsExactlyInAnyOrder("plan.json", "report.html", "commissioning.md", "plan.xlsx",
                "plan.geojson", "report.pdf");
        String runId = run.get("id").asText();
        Http.Answer html = http.get("/api/v1/runs/" + runId + "/artifacts/report.html?inline=1");
        assertThat(html.header("Content-Disposition")).startsWith("inline");
        assertThat(html.text()).contains("<svg");
        assertThat(http.get("/api/v1/runs/" + runId + "/plan").json().get("sites").size()).isEqualTo(1);
        assertThat(new String(http.get("/api/v1/runs/" + runId + "/artifacts/report.pdf").raw().body(), 0, 5,
                StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        for (String bad : new String[] {"..%2F..%2Fedgeplan.mv.db", "passwd", "plan.json.tmp", "%2e%2e"}) {
            assertThat(http.get("/api/v1/runs/" + runId + "/artifacts/" + bad).status()).as(bad).isEqualTo(404);
        }
        assertThat(http.postAction("/api/v1/runs/" + runId + "/cancel").status()).isEqualTo(409);
        assertThat(http.get("/api/v1/runs?scenario_id=" + id).json().get(0).get("id").asText()).isEqualTo(runId);
    }

    @Test
    void aQueuedRunIsCancelledAtOnceAndARunningOneStops() {
        String id = create(Examples.dallas()).get("id").asText();
        String first = http.postAction("/api/v1/scenarios/" + id + "/runs").json().get("id").asText();
        String second = http.postAction("/api/v1/scenarios/" + id + "/runs").json().get("id").asText();
        Http.Answer cancelled = http.postAction("/api/v1/runs/" + second + "/cancel");
        assertThat(cancelled.status()).isEqualTo(202);
        assertThat(awaitEnd(second).get("status").asText()).isEqualTo("cancelled");
        http.postAction("/api/v1/runs/" + first + "/cancel");
        assertThat(awaitEnd(first).get("status").asText()).isIn("cancelled", "succeeded");
    }

    @Test
    void twoRunsCompareTotalsAndSitesWithTheChangesMarked() {
        String a = create(Examples.dallas()).get("id").asText();
        String b = create(Examples.dallas().replace("max_kw_per_rack: 40", "max_kw_per_rack: 20")).get("id").asText();
        String runA = awaitEnd(http.postAction("/api/v1/scenarios/" + a + "/runs").json().get("id").asText()).get("id").asText();
        String runB = awaitEnd(http.postAction("/api/v1/scenarios/" + b + "/runs").json().get("id").asText()).get("id").asText();
        JsonNode diff = http.get("/api/v1/compare?a=" + runA + "&b=" + runB).json();
        assertThat(diff.get("a").get("run_id").asText()).isEqualTo(runA);
        JsonNode racks = row(diff.get("totals"), "racks");
        assertThat(racks.get("changed").asBoolean()).isTrue();
        assertThat(racks.get("b").asDouble()).isGreaterThan(racks.get("a").asDouble());
        assertThat(racks.get("delta").asDouble()).isEqualTo(racks.get("b").asDouble() - racks.get("a").asDouble());
        assertThat(row(diff.get("totals"), "accelerators").get("changed").asBoolean()).isFalse();
        assertThat(row(diff.get("totals"), "opex_usd_per_year").get("a").asDouble()).isPositive();
        JsonNode site = diff.get("sites").get(0);
        assertThat(site.get("status").asText()).isEqualTo("both");
        assertThat(row(site.get("figures"), "kw_per_rack").get("changed").asBoolean()).isTrue();
        JsonNode same = http.get("/api/v1/compare?a=" + runA + "&b=" + runA).json();
        for (JsonNode r : same.get("totals")) {
            assertThat(r.get("changed").asBoolean()).as(r.toString()).isFalse();
        }
        assertThat(http.get("/api/v1/compare?a=" + runA).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/compare?a=" + runA + "&b=nope").status()).isEqualTo(404);
    }

    @Test
    void badRequestsGetClearErrors() {
        assertThat(http.post("/api/v1/scenarios", "text/plain", "x", Map.of("X-Edgeplan-Request", "1")).status())
                .isEqualTo(415);
        assertThat(http.post("/api/v1/scenarios", YAML, "", NONE).status()).isEqualTo(400);
        Http.Answer big = http.post("/api/v1/scenarios", YAML, "# " + "x".repeat(70 * 1024), NONE);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("error").get("message").asText()).contains("limit");
        Http.Answer chunked = http.postChunked("/api/v1/validate", YAML, new byte[200 * 1024]);
        assertThat(chunked.status()).as("a body without Content-Length is limited too").isEqualTo(413);
        assertThat(chunked.json().get("error").get("status").asInt()).isEqualTo(413);
        Http.Answer formPost = http.post("/api/v1/scenarios", "application/x-www-form-urlencoded", "a=b", NONE);
        assertThat(formPost.status()).isEqualTo(403);
        Http.Answer crossSite = http.post("/api/v1/scenarios", YAML, Examples.dallas(),
                Map.of("Origin", "http://attacker.example"));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(http.post("/api/v1/scenarios", YAML, Examples.dallas(),
                Map.of("Origin", "http://127.0.0.1:" + server.port())).status()).isEqualTo(201);
        assertThat(http.get("/api/v1/nothing").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/nothing").json().get("error").get("status").asInt()).isEqualTo(404);
        assertThat(http.get("/api/v1/runs/nope").status()).isEqualTo(404);
        JsonNode health = http.get("/api/v1/health").json();
        assertThat(health.get("db").asText()).isEqualTo("h2");
        assertThat(health.get("schema_version").asInt()).isEqualTo(1);
    }

    @Test
    void everyRouteIsInOpenApiAndEveryDocumentedOperationIsARoute() throws Exception {
        JsonNode doc = Http.JSON.readTree(http.get("/api/v1/openapi.json").text());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext(); ) {
                String m = methods.next();
                if (!m.equals("parameters")) {
                    documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
                }
            }
        }
        Set<String> served = new HashSet<>();
        server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
        assertThat(documented).isEqualTo(served);
    }

    private static JsonNode row(JsonNode rows, String key) {
        for (JsonNode r : rows) {
            if (r.get("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row " + key + " in " + rows);
    }

    static JsonNode awaitEnd(String runId) {
        return http.awaitEnd(runId);
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
