package dev.edgeplan.cli;

import dev.edgeplan.web.api.WebConfig;
import dev.edgeplan.web.api.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code edgeplan serve}: the web app and REST API until stopped (Ctrl-C or SIGTERM stop it cleanly: running plans
 * are recorded as cancelled and the database is closed).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web app and REST API (/api/v1): edit scenarios, run plans, compare them. Binds to "
                + "127.0.0.1 unless told otherwise; anything else needs an access token.",
        footer = {"", "Examples:", "  edgeplan serve                      # then open http://127.0.0.1:8080/",
                "  edgeplan serve --port 9000 --data ~/edgeplan-data",
                "  edgeplan serve --bind 0.0.0.0 --db 'jdbc:postgresql://db:5432/edgeplan?user=ep&password=…'",
                "", "Exit codes: 0 stopped cleanly, 1 internal error, 2 bad option or the port is taken."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free)")
    int port;

    @Option(names = "--bind", defaultValue = WebConfig.DEFAULT_BIND, paramLabel = "ADDRESS",
            description = "address to listen on (default ${DEFAULT-VALUE}, this machine only)")
    String bind;

    @Option(names = "--data", paramLabel = "DIR", description = "embedded database and run files (default ./edgeplan-data)")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "a PostgreSQL database instead of the embedded one, "
            + "e.g. jdbc:postgresql://localhost:5432/edgeplan?user=U&password=P")
    String db;

    @Option(names = "--token", paramLabel = "TOKEN", description = "access token clients must send (Authorization: "
            + "Bearer TOKEN); required beyond loopback, generated and printed when not given")
    String token;

    @Option(names = "--workers", paramLabel = "N", description = "plans computed at once (default: cores ÷ 2, at least 1)")
    Integer workers;

    @Option(names = "--queue", defaultValue = "32", paramLabel = "N", description = "runs waiting beyond the workers (default ${DEFAULT-VALUE})")
    int queue;

    @Option(names = "--max-body-mb", defaultValue = "5", paramLabel = "MB", description = "largest request body (default ${DEFAULT-VALUE})")
    double maxBodyMb;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        WebConfig config;
        try {
            config = new WebConfig(bind, port, data != null ? data : WebServer.defaultDataDir(), Optional.ofNullable(db),
                    Optional.ofNullable(token), workers != null ? workers : WebConfig.DEFAULT_WORKERS, queue,
                    (long) (maxBodyMb * 1024 * 1024)).withRequiredToken();
        } catch (IllegalArgumentException e) {
            err.println("edgeplan serve: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        WebServer server;
        try {
            server = WebServer.start(config, ScenarioLoading.catalog());
        } catch (IllegalArgumentException e) {
            err.println("edgeplan serve: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (RuntimeException e) {
            Throwable root = root(e);
            if (root instanceof java.net.BindException) {
                err.println("edgeplan serve: cannot listen on " + bind + ":" + port + ": " + root.getMessage()
                        + " (another program has the port? choose one with --port)");
                return ExitCodes.INVALID_INPUT;
            }
            err.println("edgeplan serve: cannot start: " + root);
            return ExitCodes.INTERNAL_ERROR;
        }
        // before saying "listening": a signal from then on always stops the server cleanly
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            err.println("edgeplan serve: stopped; running plans were recorded as cancelled, the database is closed");
            err.flush();
            // a stop by signal is this command's normal end: exit 0, not the JVM's 128 + signal
            Runtime.getRuntime().halt(ExitCodes.OK);
        }, "edgeplan-serve-stop"));
        String url = "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/";
        err.println("edgeplan serve: listening on " + url + " (API " + url + "api/v1/, data "
                + (db != null ? "in PostgreSQL" : "in " + config.dataDir().toAbsolutePath()) + "); Ctrl-C stops it");
        config.token().filter(t -> token == null).ifPresent(t -> err.println("edgeplan serve: access token (shown once): "
                + t + "  — open " + url + "#token=" + t));
        err.flush();
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
