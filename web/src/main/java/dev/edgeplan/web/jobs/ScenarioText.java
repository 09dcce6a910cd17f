package dev.edgeplan.web.jobs;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.io.scenario.InputLimits;
import dev.edgeplan.io.scenario.ScenarioReader;
import dev.edgeplan.io.scenario.ScenarioResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads scenario text sent over HTTP exactly as {@code edgeplan validate} reads a file, with the same problems and
 * positions. Such text has no directory of its own: relative CSV references resolve in an empty directory, so they
 * fail with a clear problem instead of reading a file of the server's.
 */
public final class ScenarioText {

    private final ScenarioReader reader;
    private final Path emptyDir;

    public ScenarioText(Catalog catalog) {
        this.reader = new ScenarioReader(catalog, InputLimits.DEFAULTS);
        try {
            this.emptyDir = Files.createTempDirectory("edgeplan-no-files");
            this.emptyDir.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    /** "json" when the text is a JSON object, else "yaml" (a JSON document is also YAML; the reader takes both). */
    public static String format(String text) {
        return text.stripLeading().startsWith("{") ? "json" : "yaml";
    }

    public static String fileName(String format) {
        return "scenario." + format.toLowerCase(Locale.ROOT);
    }

    public ScenarioResult read(String text) {
        return reader.read(text, fileName(format(text)), emptyDir);
    }

    /** The scenario's {@code name} field, when the text is a valid scenario. */
    public Optional<String> name(String text) {
        return read(text).scenario().map(Scenario::name);
    }
}
