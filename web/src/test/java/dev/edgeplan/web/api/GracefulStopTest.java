package dev.edgeplan.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.edgeplan.io.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the server while a plan computes and another waits loses nothing: the saved scenario and its revisions are
 * there after a restart on the same data, and both runs are recorded as cancelled instead of left "running" forever.
 */
class GracefulStopTest {

    private static final Map<String, String> NONE = Map.of();

    @TempDir
    Path data;

    private WebServer start() {
        return WebServer.start(new WebConfig("127.0.0.1", 0, data, Optional.empty(), Optional.empty(), 1, 4,
                WebConfig.DEFAULT_MAX_BODY_BYTES), CatalogLoader.loadBundled());
    }

    @Test
    void stopCancelsRunsAndKeepsEverySavedScenario() {
        WebServer server = start();
        Http http = new Http(server.port(), NONE);
        // the national example computes for seconds: long enough to be stopped mid-way
        Http.Answer created = http.post("/api/v1/scenarios", "application/yaml", Examples.read("us-national.yaml"), NONE);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String edited = Examples.read("us-national.yaml").replace("horizon_years: 10", "horizon_years: 9");
        assertThat(edited).isNotEqualTo(Examples.read("us-national.yaml"));
        Http.Answer updated = http.put("/api/v1/scenarios/" + id, "application/yaml", edited, Map.of("If-Match", "\"1\""));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        String running = http.postAction("/api/v1/scenarios/" + id + "/runs").json().get("id").asText();
        String waiting = http.postAction("/api/v1/scenarios/" + id + "/runs").json().get("id").asText();
        http.awaitRun(running, Set.of("running"));

        server.stop();

        WebServer again = start();
        try {
            Http after = new Http(again.port(), NONE);
            JsonNode scenario = after.get("/api/v1/scenarios/" + id).json();
            assertThat(scenario.get("revision").asInt()).isEqualTo(2);
            assertThat(scenario.get("source").asText()).isEqualTo(edited);
            assertThat(after.get("/api/v1/scenarios/" + id + "/revisions").json().size()).isEqualTo(2);
            for (String run : new String[] {running, waiting}) {
                JsonNode r = after.get("/api/v1/runs/" + run).json();
                assertThat(r.get("status").asText()).as(r.toString()).isEqualTo("cancelled");
                assertThat(r.get("artifacts").size()).as("a cancelled run leaves no files").isZero();
            }
            String next = after.postAction("/api/v1/scenarios/" + id + "/runs").json().get("id").asText();
            after.postAction("/api/v1/runs/" + next + "/cancel");
            assertThat(after.awaitEnd(next).get("status").asText()).isIn("cancelled", "succeeded");
        } finally {
            again.stop();
        }
    }
}
