package dev.edgeplan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code edgeplan calc}: quick one-formula calculators without a scenario file. A new calculator is a
 * class of its own listed in {@code subcommands} below.
 */
@Command(name = "calc", mixinStandardHelpOptions = true,
        description = "Quick calculators: one formula, flags in, one answer out (--json for one JSON object).",
        subcommands = {CalcLatencyCommand.class, CalcFinanceCommand.class},
        footer = {"", "Examples:", "  edgeplan calc latency --from 40.71,-74.01 --to 34.05,-118.24 --access fiber --json",
                "  edgeplan calc finance --cashflows -100,30,40,50,20 --rate 0.08 --json"})
final class CalcCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("edgeplan calc: name a calculator");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
