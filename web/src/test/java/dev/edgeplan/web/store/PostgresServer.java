package dev.edgeplan.web.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests, from Debian's package (.ci/run installs it): initdb in a temporary
 * directory, listening on a free loopback port, trust authentication, stopped and deleted afterwards. PostgreSQL
 * refuses to run as root, so as root it runs as the package's {@code postgres} user.
 */
final class PostgresServer implements AutoCloseable {

    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");

    private final Path dir;
    private final Path bin;
    private final int port;
    private final List<String> asUser;

    private PostgresServer(Path dir, Path bin, int port, List<String> asUser) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.asUser = asUser;
    }

    /** Why no server can be started here, or empty when one can. */
    static Optional<String> missing() {
        return binDir().isPresent() ? Optional.empty()
                : Optional.of("no PostgreSQL server binaries under " + DEBIAN_VERSIONS + " (apt-get install postgresql)");
    }

    static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binDir().orElseThrow();
        Path dir = Files.createTempDirectory("edgeplan-pg");
        List<String> asUser = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            asUser.addAll(List.of("runuser", "-u", "postgres", "--"));
            run(List.of("chown", "-R", "postgres", dir.toString()), dir);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer pg = new PostgresServer(dir, bin, port, asUser);
        pg.exec(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "edgeplan",
                "--auth=trust", "-E", "UTF8", "--no-sync");
        pg.exec(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return pg;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=edgeplan";
    }

    /** Empties the database between tests. */
    void reset() throws IOException, InterruptedException {
        exec(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "edgeplan", "-d",
                "postgres", "-q", "-c", "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            exec(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void exec(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(asUser);
        full.addAll(List.of(command));
        run(full, dir);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = Files.createTempFile("edgeplan-pg-cmd", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": " + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Optional<Path> binDir() {
        if (!Files.isDirectory(DEBIAN_VERSIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> b.getParent().getFileName().toString(),
                            Comparator.comparingInt(v -> v.matches("\\d+") ? Integer.parseInt(v) : 0)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
