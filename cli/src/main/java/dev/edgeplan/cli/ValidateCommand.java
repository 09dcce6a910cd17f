package dev.edgeplan.cli;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.io.json.JsonWriter;
import dev.edgeplan.io.scenario.Problem;
import dev.edgeplan.io.scenario.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code edgeplan validate}: checks a scenario file and reports every problem at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file; print every problem as FILE:LINE:COL: path: message.",
        footer = {"", "Example:", "  edgeplan validate examples/dallas-chat.yaml",
                "  edgeplan validate my.yaml --json    # {\"valid\":false,\"problems\":[...]}",
                "", "Exit codes: 0 valid, 2 problems found."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (.yaml, .yml or .json)")
    Path scenario;

    @Option(names = "--json", description = "print one JSON object on stdout: valid, problems")
    boolean json;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() {
        Catalog catalog = ScenarioLoading.catalog();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        dev.edgeplan.io.scenario.InputLimits limits;
        try {
            limits = limitOptions.parse().input();
        } catch (IllegalArgumentException e) {
            err.println("edgeplan validate: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (json) {
            ScenarioResult result = ScenarioLoading.read(scenario, catalog, limits);
            JsonWriter w = new JsonWriter(false).beginObject()
                    .field("file", scenario.toString())
                    .field("valid", result.ok());
            w.name("problems").beginArray();
            for (Problem p : result.problems()) {
                w.beginObject().field("file", p.file()).field("line", p.line()).field("column", p.column())
                        .field("path", p.path()).field("message", p.message()).endObject();
            }
            w.endArray().endObject();
            out.println(w);
            return result.ok() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
        }
        if (ScenarioLoading.readOrReport(scenario, catalog, limits, err).isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        err.println(scenario + ": valid");
        return ExitCodes.OK;
    }
}
