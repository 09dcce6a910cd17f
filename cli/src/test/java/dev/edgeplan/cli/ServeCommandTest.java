package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code edgeplan serve}'s usage errors; the server itself is tested in the web module. */
class ServeCommandTest {

    @TempDir
    Path data;

    @Test
    void helpHasAnExample() {
        Cli r = Cli.run("serve", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("Examples:", "edgeplan serve", "--db", "--token");
    }

    @Test
    void aTakenPortIsExitTwoNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli r = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data", data.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.stderr()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port");
        }
    }

    @Test
    void badOptionsAreExitTwo() {
        assertThat(Cli.run("serve", "--port", "70000", "--data", data.toString()).stderr()).contains("--port must be");
        assertThat(Cli.run("serve", "--token", "short", "--data", data.toString()).exitCode()).isEqualTo(2);
        Cli db = Cli.run("serve", "--db", "jdbc:mysql://localhost/x", "--data", data.toString());
        assertThat(db.exitCode()).isEqualTo(2);
        assertThat(db.stderr()).contains("jdbc:postgresql://");
    }

    @Test
    void sigtermStopsTheServerCleanlyWithExitZero() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--data", data.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                lines.add(line);
                if (line.contains("listening on")) {
                    p.toHandle().destroy(); // SIGTERM; Process.destroy() would also close this stream
                }
            }
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).as("stderr").anyMatch(l -> l.contains("listening on http://127.0.0.1:"));
        assertThat(lines).as("stderr").anyMatch(l -> l.contains("stopped; running plans were recorded as cancelled"));
        assertThat(p.exitValue()).as("exit code after SIGTERM; stderr: " + lines).isZero();
        assertThat(Files.exists(data.resolve("edgeplan.mv.db"))).as("the database was created and closed").isTrue();
        assertThat(Cli.run("serve", "--queue", "0", "--data", data.toString()).stderr()).contains("--queue must be 1–10,000");
    }
}
