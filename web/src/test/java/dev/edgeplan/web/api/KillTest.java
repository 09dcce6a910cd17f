package dev.edgeplan.web.api;

import dev.edgeplan.web.store.Database;
import dev.edgeplan.web.store.RevisionInfo;
import dev.edgeplan.web.store.ScenarioStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during a burst of saves loses nothing the server acknowledged: every scenario answered with 201 is in the
 * database afterwards, with the source that was sent, and the server starts again on the same data.
 */
class KillTest {

    private static final int WRITERS = 4;
    private static final int SAVES_PER_WRITER = 150;
    private static final int KILL_AFTER_ACKNOWLEDGED = 60;

    @TempDir
    Path data;

    @Test
    void killNineDuringSavesLosesNothingAcknowledged() throws Exception {
        Process server = startServer();
        int port = readyPort(server);
        Http http = new Http(port, Map.of());
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; i < SAVES_PER_WRITER && server.isAlive(); i++) {
                    String source = Examples.dallas().replace("seed: 42", "seed: " + (writer * 1000 + i));
                    sent.incrementAndGet();
                    try {
                        Http.Answer a = http.post("/api/v1/scenarios", "application/yaml", source, Map.of());
                        if (a.status() == 201) {
                            acknowledged.put(a.json().get("id").asText(), source);
                        }
                    } catch (RuntimeException e) {
                        return; // the server died under us: what it acknowledged is what counts
                    }
                }
            });
        }
        while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && server.isAlive()) {
            Thread.sleep(5);
        }
        server.destroyForcibly();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
        assertThat(sent.get()).as("killed mid-burst, not after it").isLessThan(WRITERS * SAVES_PER_WRITER);

        try (Database db = Database.embedded(data)) {
            ScenarioStore store = new ScenarioStore(db, System::currentTimeMillis);
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                Optional<RevisionInfo> saved = store.revision(e.getKey(), OptionalInt.empty());
                assertThat(saved).as("acknowledged scenario " + e.getKey()).isPresent();
                assertThat(saved.get().source()).isEqualTo(e.getValue());
            }
        }
        Process again = startServer();
        try {
            int port2 = readyPort(again);
            assertThat(new Http(port2, Map.of()).get("/api/v1/scenarios").json().size())
                    .isGreaterThanOrEqualTo(acknowledged.size());
        } finally {
            again.destroyForcibly();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process startServer() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(),
                data.toString())).redirectErrorStream(true).start();
    }

    private static int readyPort(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                int port = Integer.parseInt(line.substring(6).strip());
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return port;
            }
        }
        throw new AssertionError("the server did not start");
    }
}
