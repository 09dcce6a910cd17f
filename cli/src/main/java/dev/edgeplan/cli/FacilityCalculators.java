package dev.edgeplan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Registers the facility calculators under {@code edgeplan calc}. Kept apart from Main's annotation so another
 * branch can own the {@code calc} parent: if a {@code calc} command already exists, the calculators join it.
 */
final class FacilityCalculators {

    private FacilityCalculators() {
    }

    static void register(CommandLine root) {
        CommandLine calc = root.getSubcommands().get("calc");
        if (calc == null) {
            calc = new CommandLine(new CalcGroup());
            root.addSubcommand("calc", calc);
        }
        calc.addSubcommand("availability", new CalcAvailabilityCommand());
        calc.addSubcommand("genset-survival", new CalcGensetSurvivalCommand());
        calc.addSubcommand("pue", new CalcPueCommand());
    }

    /** Minimal parent used only when no other {@code calc} command is registered. */
    @Command(name = "calc", mixinStandardHelpOptions = true,
            description = "Quick engineering calculators.",
            footer = {"", "Example:", "  edgeplan calc availability --topology N+1 --modules-needed 2 --module-availability 0.99 --json"})
    static final class CalcGroup implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }
}
