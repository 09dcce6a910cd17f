package dev.edgeplan.web.uitest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One browser test class's session: the real server on a free loopback port with a temporary data directory, and one
 * headless Chromium for all the class's tests. Where Chromium or chromedriver is missing, each test is skipped (so the
 * skipped count shows in the build summary) and stderr names what is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSession {

    static final int WIDTH = 1280;
    static final int HEIGHT = 1000;

    private Optional<String> missing = Optional.empty();
    UiServer server;
    ChromeDriver driver;

    /** The access token the class's server requires; none by default. */
    Optional<String> serverToken() {
        return Optional.empty();
    }

    /** Runs once the server and the browser are up (not at all when the browser is missing). */
    void started() throws Exception {
    }

    @BeforeAll
    final void startSession(@TempDir Path tmp) throws Exception {
        missing = Browser.missing();
        if (missing.isPresent()) {
            System.err.println(getClass().getSimpleName() + " SKIPPED: missing " + missing.get()
                    + " (.ci/run installs both from Debian)");
            return;
        }
        server = UiServer.start(tmp.resolve("data"), serverToken());
        driver = Browser.start(tmp.resolve("profile"), WIDTH, HEIGHT);
        started();
    }

    @BeforeEach
    final void needsBrowser() {
        Assumptions.assumeTrue(missing.isEmpty(), () -> "missing " + missing.orElse(""));
    }

    @AfterAll
    final void stopSession() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }
}
