package dev.edgeplan.io.scenario;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a scenario file (YAML or JSON, format v1, see docs/scenario.md) into an immutable
 * {@link Scenario} with every default resolved, or reports every problem with file, line and column.
 * Bad input never throws.
 */
public final class ScenarioReader {

    /** Largest scenario file read, bytes. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final Catalog catalog;

    /** @param catalog resolves and validates model, accelerator and server ids and supplies model defaults */
    public ScenarioReader(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Reads a file; relative CSV paths resolve against its directory. */
    public ScenarioResult read(Path file) {
        String name = file.toString();
        TextFile.Loaded loaded = TextFile.read(file, MAX_FILE_BYTES);
        if (!loaded.ok()) {
            return new ScenarioResult(Optional.empty(),
                    List.of(new Problem(name, loaded.line(), loaded.column(), "", loaded.error())));
        }
        return read(loaded.text(), name, file.getParent() != null ? file.getParent() : Path.of(""));
    }

    /**
     * Reads scenario text.
     *
     * @param displayName names the input in problems (usually the path as the user gave it)
     * @param baseDir     directory relative CSV paths resolve against; null = the working directory
     */
    public ScenarioResult read(String text, String displayName, Path baseDir) {
        Problems problems = new Problems(displayName);
        Path base = baseDir == null ? Path.of("") : baseDir;
        Optional<Scenario> scenario = YamlLoader.load(TextFile.stripBom(text), problems)
                .flatMap(root -> new ScenarioBinder(catalog, base, problems).bind(root));
        return new ScenarioResult(scenario, problems.list());
    }
}
