package dev.edgeplan.web.jobs;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.demand.DemandModel;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.core.siting.CandidateGenerator;
import dev.edgeplan.io.scenario.InputLimits;
import dev.edgeplan.io.scenario.ScenarioReader;
import dev.edgeplan.io.scenario.ScenarioResult;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads scenario text sent over HTTP exactly as {@code edgeplan validate} reads a file, with the same problems and
 * positions. Such text has no directory of its own: a {@code csv:} reference is a problem at its line, and no file of
 * the server is ever opened (a path such as {@code ../../etc/passwd} must not be read, let alone echoed back).
 */
public final class ScenarioText {

    private final ScenarioReader reader;
    private final Catalog catalog;

    public ScenarioText(Catalog catalog) {
        this.reader = new ScenarioReader(catalog, InputLimits.DEFAULTS);
        this.catalog = catalog;
    }

    /** Demand points and candidate sites the planner will see: inline ones plus those drawn from the cities. */
    public record Counts(int demandPoints, int candidateSites) {
    }

    /** The counts as the planner's first stages make them (milliseconds, even for a national scenario). */
    public Counts counts(Scenario scenario) {
        return new Counts(DemandModel.build(scenario.demand(), scenario.workloads(), catalog.cities()).points().size(),
                CandidateGenerator.all(scenario.sites(), catalog.cities()).size());
    }

    /** "json" when the text is a JSON object, else "yaml" (a JSON document is also YAML; the reader takes both). */
    public static String format(String text) {
        return text.stripLeading().startsWith("{") ? "json" : "yaml";
    }

    public static String fileName(String format) {
        return "scenario." + format.toLowerCase(Locale.ROOT);
    }

    public ScenarioResult read(String text) {
        return reader.readWithoutFiles(text, fileName(format(text)));
    }

    /** The scenario's {@code name} field, when the text is a valid scenario. */
    public Optional<String> name(String text) {
        return read(text).scenario().map(Scenario::name);
    }
}
