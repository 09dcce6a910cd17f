package dev.edgeplan.cli;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.io.catalog.CatalogLoader;
import dev.edgeplan.io.scenario.Problem;
import dev.edgeplan.io.scenario.InputLimits;
import dev.edgeplan.io.scenario.ScenarioReader;
import dev.edgeplan.io.scenario.ScenarioResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a scenario for a command and reports its problems on stderr in FILE:LINE:COL form. */
final class ScenarioLoading {

    private ScenarioLoading() {
    }

    static Catalog catalog() {
        return CatalogLoader.loadBundled();
    }

    static ScenarioResult read(Path file, Catalog catalog, InputLimits limits) {
        return new ScenarioReader(catalog, limits).read(file);
    }

    /** The scenario, or empty after printing every problem. */
    static Optional<Scenario> readOrReport(Path file, Catalog catalog, InputLimits limits, PrintWriter err) {
        ScenarioResult result = read(file, catalog, limits);
        for (Problem problem : result.problems()) {
            err.println(problem.format());
        }
        if (!result.ok()) {
            err.printf("%s: %d problem%s; nothing was planned%n", file, result.problems().size(),
                    result.problems().size() == 1 ? "" : "s");
        }
        return result.scenario();
    }
}
