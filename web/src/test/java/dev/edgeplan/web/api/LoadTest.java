package dev.edgeplan.web.api;

import dev.edgeplan.io.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded load test on loopback: 200 API calls sent at once (lists, reads, validations, saves), all must succeed.
 * Latencies are written to web/target/load-test.txt; no timing is asserted (benchmarks are not unit tests).
 */
class LoadTest {

    static final int CALLS = 200;

    @TempDir
    Path data;

    @Test
    void twoHundredConcurrentCallsAllSucceed() throws IOException {
        try (WebServer server = WebServer.start(new WebConfig("127.0.0.1", 0, data, Optional.empty(), Optional.empty(),
                1, 4, WebConfig.DEFAULT_MAX_BODY_BYTES), CatalogLoader.loadBundled())) {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1";
            Http http = new Http(server.port(), java.util.Map.of());
            String id = http.post("/api/v1/scenarios", "application/yaml", Examples.dallas(), java.util.Map.of())
                    .json().get("id").asText();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            List<CompletableFuture<long[]>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                HttpRequest.Builder b = switch (i % 4) {
                    case 0 -> HttpRequest.newBuilder(URI.create(base + "/scenarios")).GET();
                    case 1 -> HttpRequest.newBuilder(URI.create(base + "/scenarios/" + id)).GET();
                    case 2 -> HttpRequest.newBuilder(URI.create(base + "/validate")).header("Content-Type",
                            "application/yaml").POST(HttpRequest.BodyPublishers.ofString(Examples.dallas()));
                    default -> HttpRequest.newBuilder(URI.create(base + "/scenarios")).header("Content-Type",
                            "application/yaml").POST(HttpRequest.BodyPublishers.ofString(Examples.dallas()));
                };
                long start = System.nanoTime();
                calls.add(client.sendAsync(b.timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .thenApply(r -> new long[] {r.statusCode(), System.nanoTime() - start}));
            }
            long errors = 0;
            double[] ms = new double[CALLS];
            for (int i = 0; i < CALLS; i++) {
                long[] r = calls.get(i).join();
                errors += r[0] >= 200 && r[0] < 300 ? 0 : 1;
                ms[i] = r[1] / 1e6;
            }
            Arrays.sort(ms);
            String report = String.format(Locale.ROOT, "%d concurrent calls on loopback (list, get, validate, save): "
                            + "%d errors; latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; %d cores%n", CALLS, errors,
                    ms[CALLS / 2], ms[(int) (CALLS * 0.95)], ms[CALLS - 1], Runtime.getRuntime().availableProcessors());
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "load-test.txt"), report);
            System.out.print(report);
            assertThat(errors).isZero();
        }
    }
}
