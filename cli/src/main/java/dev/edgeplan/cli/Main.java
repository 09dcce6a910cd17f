package dev.edgeplan.cli;

import dev.edgeplan.io.plan.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code edgeplan} command: subcommands, exit codes, and no stack traces for users. */
@Command(name = "edgeplan", mixinStandardHelpOptions = true, version = "edgeplan 0.1.0",
        description = "Plans distributed AI-inference data centers: where to build, how big, with what power and "
                + "cooling, at what cost.",
        subcommands = {PlanCommand.class, ValidateCommand.class, SizeCommand.class, CatalogCommand.class, CalcCommand.class,
            BenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  edgeplan plan examples/dallas-chat.yaml --out out/",
                "", "Exit codes: 0 ok, 1 internal error, 2 invalid input or usage, 3 valid scenario that cannot be satisfied."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        // SIGINT / SIGTERM run shutdown hooks: leave no half-written file and say what happened
        Thread onInterrupt = new Thread(() -> {
            // serve stops on a signal by design and reports that itself
            boolean serving = args.length > 0 && args[0].equals("serve");
            if (!finished.get() && !serving) {
                int removed = AtomicFiles.abandonInFlight();
                err.println("edgeplan: interrupted; " + (removed > 0 ? removed + " partly written file(s) removed; " : "")
                        + "files already written are complete, the others were not written");
            }
        }, "edgeplan-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), err);
        } catch (OutOfMemoryError e) {
            AtomicFiles.abandonInFlight();
            err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            code = ExitCodes.INTERNAL_ERROR;
        }
        finished.set(true);
        System.exit(code);
    }

    /** What to do when the heap runs out: the scenario is not wrong, the JVM is too small for it. */
    static String outOfMemory(long maxHeapBytes) {
        return String.format(java.util.Locale.ROOT, "edgeplan: out of memory: the heap limit is %,d MB. Siting keeps "
                + "dense latency matrices of about 8 bytes × demand points × candidates × (1 + 2 × workloads) "
                + "(docs/limits.md). Raise the limit, e.g. EDGEPLAN_JAVA_OPTS=-Xmx8g ./edgeplan …, or use fewer demand "
                + "points (demand.cities.grid_km) or candidates; nothing half-written was left.", maxHeapBytes >> 20);
    }

    /** Runs the command line and returns the exit code (used by tests, which capture the streams). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        FacilityCalculators.register(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("edgeplan: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage and an example.");
            return ExitCodes.INVALID_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("edgeplan: internal error: " + ex);
            if (System.getenv("EDGEPLAN_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("(set EDGEPLAN_DEBUG=1 for the stack trace, and please report it)");
            }
            return ExitCodes.INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
