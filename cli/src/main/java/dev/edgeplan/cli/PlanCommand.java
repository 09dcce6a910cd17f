package dev.edgeplan.cli;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.LimitExceededException;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.Planner;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.io.plan.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code edgeplan plan}: scenario in, the --format outputs (plan.json, report.html, plan.xlsx, …) out, a summary on the terminal. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan sites, capacity, facilities and cost for a scenario; write the --format outputs into DIR: "
                + "plan.json, report.html with commissioning.md, plan.xlsx, plan.geojson, report.pdf.",
        footer = {"", "Example:", "  edgeplan plan examples/dallas-chat.yaml --out out/",
                "  edgeplan plan examples/detroit-vision.yaml --out out/vision --json",
                "  edgeplan plan examples/dallas-chat.yaml --format xlsx,geojson,pdf",
                "", "Exit codes: 0 ok, 1 internal error, 2 invalid scenario or usage, 3 scenario cannot be satisfied "
                + "(the binding constraint is named)."})
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (.yaml, .yml or .json)")
    Path scenario;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "output directory (created if missing; default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--format", paramLabel = "FMT[,FMT...]",
            description = "outputs to write, comma-separated: json (plan.json), html (report.html and commissioning.md), "
                    + "xlsx (plan.xlsx), geojson (plan.geojson), pdf (report.pdf); default: json,html,xlsx,geojson")
    String format;

    @Option(names = "--json", description = "print one JSON summary object on stdout instead of the table")
    boolean json;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Set<OutputFormat> formats;
        LimitOptions.Limits limits;
        try {
            formats = OutputFormat.parse(format == null ? OutputFormat.defaults() : format);
            limits = limitOptions.parse();
        } catch (IllegalArgumentException e) {
            stderr.println("edgeplan plan: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        Catalog catalog = ScenarioLoading.catalog();
        Optional<Scenario> parsed = ScenarioLoading.readOrReport(scenario, catalog, limits.input(), stderr);
        if (parsed.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Plan plan;
        try {
            plan = Planner.plan(parsed.get(), catalog, TerminalProgress.forConsole(stderr), limits.plan());
        } catch (LimitExceededException e) {
            stderr.println(scenario + ": limit exceeded: " + e.limitKey() + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (InfeasibleException e) {
            stderr.println(scenario + ": cannot be satisfied: " + e.bindingConstraint() + ": " + e.getMessage());
            return ExitCodes.INFEASIBLE;
        }
        List<Path> written = OutputFormat.writeAll(formats, plan, out);
        if (json) {
            stdout.print(PlanJson.writeSummary(plan, out.toString()));
        } else {
            stdout.print(SummaryTable.render(plan));
            stdout.println("Wrote " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        plan.warnings().forEach(w -> stderr.println("warning: " + w));
        return ExitCodes.OK;
    }
}
