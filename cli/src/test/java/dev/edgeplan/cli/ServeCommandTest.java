package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

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
}
