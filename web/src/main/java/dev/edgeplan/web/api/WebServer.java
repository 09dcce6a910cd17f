package dev.edgeplan.web.api;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.web.jobs.ArtifactStore;
import dev.edgeplan.web.jobs.PlanJobs;
import dev.edgeplan.web.jobs.ScenarioText;
import dev.edgeplan.web.store.Database;
import dev.edgeplan.web.store.RevisionConflictException;
import dev.edgeplan.web.store.RunStore;
import dev.edgeplan.web.store.ScenarioStore;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The web app: REST API under {@code /api/v1} (documented in {@code /api/v1/openapi.json}) and the UI's static files
 * at {@code /}, on an embedded Jetty (Javalin). Owns the database, the plan workers and the artifact files; {@link
 * #stop} closes them in the order that loses nothing: stop accepting requests, cancel and record running plans,
 * close the database.
 */
public final class WebServer implements AutoCloseable {

    public static final String VERSION = "0.1.0";
    static final String API = "/api/v1";
    private static final String OPENAPI = "/dev/edgeplan/web/openapi.json";
    private static final long SHUTDOWN_WAIT_MS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** A route the server answers: what openapi.json must document. */
    public record Route(String method, String path) {
    }

    private final WebConfig config;
    private final Database db;
    private final PlanJobs jobs;
    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();

    private WebServer(WebConfig config, Catalog catalog) {
        this.config = config;
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
        }
        this.db = config.dbUrl().map(url -> Database.open(url, new Properties()))
                .orElseGet(() -> Database.embedded(config.dataDir()));
        ScenarioStore scenarios = new ScenarioStore(db, System::currentTimeMillis);
        RunStore runs = new RunStore(db);
        runs.failUnfinished(PlanJobs.SERVER_STOPPED, System.currentTimeMillis());
        ArtifactStore artifacts = new ArtifactStore(config.dataDir().resolve("artifacts"));
        ScenarioText scenarioText = new ScenarioText(catalog);
        this.jobs = new PlanJobs(catalog, scenarioText, runs, artifacts, config.workers(), config.queue(),
                System::currentTimeMillis);
        ScenarioApi scenarioApi = new ScenarioApi(scenarios, scenarioText, jobs, artifacts,
                config.maxBodyBytes());
        RunApi runApi = new RunApi(scenarios, jobs, artifacts, scenarioApi);
        RequestGuard guard = new RequestGuard(config.token(), config.maxBodyBytes());
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.jsonMapper(new JavalinJackson(Views.JSON, false));
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dev/edgeplan/web/ui";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
            });
        });
        app.before(API + "/*", guard::check);
        app.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(Views.error(e.status(),
                e.getMessage(), e.problems())));
        app.exception(RevisionConflictException.class, (e, ctx) -> ctx.status(409).json(Views.error(409,
                e.getMessage(), List.of())));
        // the details (SQL, file paths) go to the server's log, not to the client
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Views.error(500, "internal error (" + e.getClass().getSimpleName()
                    + "); the server's log has the details", List.of()));
        });
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (ctx.path().startsWith(API) && (type == null || !type.startsWith("application/json"))) {
                ctx.json(Views.error(404, "no such resource: " + ctx.method() + " " + ctx.path(), List.of()));
            }
        });
        app.error(405, ctx -> ctx.json(Views.error(405, "method " + ctx.method() + " not allowed on " + ctx.path(),
                List.of())));
        route(HandlerType.GET, "/health", this::health);
        route(HandlerType.GET, "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        route(HandlerType.GET, "/scenarios", scenarioApi::list);
        route(HandlerType.POST, "/scenarios", scenarioApi::create);
        route(HandlerType.GET, "/scenarios/{id}", scenarioApi::get);
        route(HandlerType.PUT, "/scenarios/{id}", scenarioApi::update);
        route(HandlerType.DELETE, "/scenarios/{id}", scenarioApi::delete);
        route(HandlerType.GET, "/scenarios/{id}/source", scenarioApi::source);
        route(HandlerType.GET, "/scenarios/{id}/revisions", scenarioApi::revisions);
        route(HandlerType.GET, "/scenarios/{id}/revisions/{revision}", scenarioApi::revision);
        route(HandlerType.POST, "/validate", scenarioApi::validate);
        route(HandlerType.POST, "/scenarios/{id}/runs", runApi::start);
        route(HandlerType.GET, "/runs", runApi::list);
        route(HandlerType.GET, "/runs/{id}", runApi::get);
        route(HandlerType.POST, "/runs/{id}/cancel", runApi::cancel);
        route(HandlerType.GET, "/runs/{id}/plan", runApi::plan);
        route(HandlerType.GET, "/runs/{id}/artifacts/{name}", runApi::artifact);
        route(HandlerType.GET, "/compare", runApi::compare);
    }

    /** Opens the store, starts the workers and listens; the config must already carry any required token. */
    public static WebServer start(WebConfig config, Catalog catalog) {
        if (!config.loopbackOnly() && config.token().isEmpty()) {
            throw new IllegalArgumentException("binding to " + config.bindHost() + " needs an access token");
        }
        WebServer server = new WebServer(config, catalog);
        try {
            server.app.start(config.bindHost(), config.port());
        } catch (RuntimeException e) {
            server.closeStores();
            throw e;
        }
        return server;
    }

    private void route(HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, API + path, handler);
        routes.add(new Route(method.name(), API + path));
    }

    private void health(io.javalin.http.Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("version", VERSION);
        m.put("db", db.kind());
        m.put("schema_version", db.schemaVersion());
        m.put("workers", jobs.workers());
        m.put("queued", jobs.queued());
        m.put("running", jobs.running());
        m.put("token_required", config.token().isPresent());
        ctx.json(m);
    }

    static String openApi() {
        try (InputStream in = WebServer.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI + " missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    public WebConfig config() {
        return config;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Stops accepting requests, cancels running plans (recorded as cancelled), closes the database. */
    public void stop() {
        app.stop();
        closeStores();
    }

    private void closeStores() {
        jobs.shutdown(SHUTDOWN_WAIT_MS);
        db.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** Where the embedded database and artifacts live by default: {@code ./edgeplan-data}. */
    public static Path defaultDataDir() {
        return Path.of("edgeplan-data");
    }
}
