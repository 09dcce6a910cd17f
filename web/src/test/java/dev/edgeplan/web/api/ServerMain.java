package dev.edgeplan.web.api;

import dev.edgeplan.io.catalog.CatalogLoader;

import java.nio.file.Path;
import java.util.Optional;

/** Starts a server in a child JVM for {@link KillTest}: {@code ServerMain DATA_DIR}; prints "READY PORT" when listening. */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        WebServer server = WebServer.start(new WebConfig("127.0.0.1", 0, Path.of(args[0]), Optional.empty(),
                Optional.empty(), 1, 4, WebConfig.DEFAULT_MAX_BODY_BYTES), CatalogLoader.loadBundled());
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
