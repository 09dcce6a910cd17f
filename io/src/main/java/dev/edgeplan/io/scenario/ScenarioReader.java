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

    private final Catalog catalog;
    private final InputLimits limits;

    /** @param catalog resolves and validates model, accelerator and server ids and supplies model defaults */
    public ScenarioReader(Catalog catalog) {
        this(catalog, InputLimits.DEFAULTS);
    }

    public ScenarioReader(Catalog catalog, InputLimits limits) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads a file; relative CSV paths resolve against its directory. */
    public ScenarioResult read(Path file) {
        String name = file.toString();
        TextFile.Loaded loaded = TextFile.read(file, limits.scenarioFileBytes(), "file_mb");
        if (!loaded.ok()) {
            return new ScenarioResult(Optional.empty(),
                    List.of(new Problem(name, loaded.line(), loaded.column(), "", loaded.error())));
        }
        return read(loaded.text(), name, file.getParent() != null ? file.getParent() : Path.of(""));
    }

    /**
     * Scenario text that has no directory (sent over the network): a {@code csv:} reference is a problem at its
     * position, and no file of the machine is ever opened.
     */
    public ScenarioResult readWithoutFiles(String text, String displayName) {
        return parse(text, displayName, null);
    }

    /**
     * Reads scenario text.
     *
     * @param displayName names the input in problems (usually the path as the user gave it)
     * @param baseDir     directory relative CSV paths resolve against; null = the working directory
     */
    public ScenarioResult read(String text, String displayName, Path baseDir) {
        return parse(text, displayName, baseDir == null ? Path.of("") : baseDir);
    }

    private ScenarioResult parse(String text, String displayName, Path baseDir) {
        Problems problems = new Problems(displayName);
        Optional<Scenario> scenario = YamlLoader.load(TextFile.stripBom(text), problems)
                .flatMap(root -> new ScenarioBinder(catalog, new CsvFiles(baseDir, limits), problems).bind(root));
        return new ScenarioResult(scenario, problems.list());
    }
}
