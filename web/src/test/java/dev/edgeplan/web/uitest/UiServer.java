package dev.edgeplan.web.uitest;

import dev.edgeplan.io.catalog.CatalogLoader;
import dev.edgeplan.web.api.WebConfig;
import dev.edgeplan.web.api.WebServer;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The real server, in this JVM, on a free loopback port with its own data directory: what the browser tests open. */
final class UiServer implements AutoCloseable {

    private final WebServer server;

    private UiServer(WebServer server) {
        this.server = server;
    }

    static UiServer start(Path dataDir) {
        return start(dataDir, Optional.empty());
    }

    static UiServer start(Path dataDir, Optional<String> token) {
        WebConfig config = new WebConfig("127.0.0.1", 0, dataDir, Optional.empty(), token, 1, WebConfig.DEFAULT_QUEUE,
                WebConfig.DEFAULT_MAX_BODY_BYTES);
        return new UiServer(WebServer.start(config, CatalogLoader.loadBundled()));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    @Override
    public void close() {
        server.stop();
    }
}
