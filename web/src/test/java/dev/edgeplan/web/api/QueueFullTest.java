package dev.edgeplan.web.api;

import dev.edgeplan.io.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs beyond the workers and the queue are refused with 503 and Retry-After, store nothing, and the server takes
 * runs again once a place frees up.
 */
class QueueFullTest {

    private static final Map<String, String> NONE = Map.of();

    @TempDir
    Path data;

    @Test
    void aFullQueueIs503WithRetryAfterAndLeavesNoRun() {
        // one worker, one place in the queue
        try (WebServer server = WebServer.start(new WebConfig("127.0.0.1", 0, data, Optional.empty(), Optional.empty(),
                1, 1, WebConfig.DEFAULT_MAX_BODY_BYTES), CatalogLoader.loadBundled())) {
            Http http = new Http(server.port(), NONE);
            // the national example computes for seconds: the worker stays busy while the test fills the queue
            String id = http.post("/api/v1/scenarios", "application/yaml", Examples.read("us-national.yaml"), NONE)
                    .json().get("id").asText();
            String runs = "/api/v1/scenarios/" + id + "/runs";
            String computing = http.postAction(runs).json().get("id").asText();
            String waiting = http.postAction(runs).json().get("id").asText();

            Http.Answer refused = http.postAction(runs);

            assertThat(refused.status()).as(refused.text()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
            assertThat(refused.json().get("error").get("message").asText()).contains("busy", "queued");
            assertThat(http.get("/api/v1/runs?scenario_id=" + id).json().size()).as("the refused run is not stored")
                    .isEqualTo(2);
            assertThat(http.get("/api/v1/runs/" + computing).json().get("status").asText())
                    .as("the worker was still busy when the third run came").isIn("queued", "running");

            assertThat(http.postAction("/api/v1/runs/" + waiting + "/cancel").status()).isEqualTo(202);
            assertThat(http.awaitEnd(waiting).get("status").asText()).isEqualTo("cancelled");
            Http.Answer accepted = http.postAction(runs);
            assertThat(accepted.status()).as("a freed place in the queue takes a run again").isEqualTo(202);
            for (String run : new String[] {computing, accepted.json().get("id").asText()}) {
                http.postAction("/api/v1/runs/" + run + "/cancel");
                assertThat(http.awaitEnd(run).get("status").asText()).isIn("cancelled", "succeeded");
            }
        }
    }
}
