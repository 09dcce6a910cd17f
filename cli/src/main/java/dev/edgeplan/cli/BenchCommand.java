package dev.edgeplan.cli;

import dev.edgeplan.core.location.LocationProblem;
import dev.edgeplan.core.location.LocationSolution;
import dev.edgeplan.core.location.LocationSolvers;
import dev.edgeplan.core.location.SolveOptions;
import dev.edgeplan.io.json.JsonWriter;
import dev.edgeplan.io.orlib.CapReader;
import dev.edgeplan.io.orlib.OrlibFormatException;
import dev.edgeplan.io.orlib.PmedReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** {@code edgeplan bench}: the exact location solvers on OR-Library benchmark files. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Solve OR-Library location benchmarks with the exact solvers; print objective, bound and gap.",
        subcommands = {BenchCommand.Pmed.class, BenchCommand.Pcenter.class, BenchCommand.Cap.class},
        footer = {"", "Example:", "  edgeplan bench pmed ../shared/data/orlib/pmed/pmed1.txt --json",
                "", "Exit codes: 0 ok, 1 internal error, 2 malformed file or bad flags."})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every benchmark shares. */
    abstract static class Run implements Callable<Integer> {

        private static final double NANOS_PER_SECOND = 1e9;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "OR-Library instance file")
        Path file;

        @Option(names = "--time-limit", defaultValue = "60", paramLabel = "S",
                description = "wall-clock seconds; the best solution and bound so far are reported (default ${DEFAULT-VALUE})")
        double timeLimitS;

        @Option(names = "--mode", defaultValue = "AUTO", paramLabel = "MODE",
                description = "exact, heuristic or auto (by size; default ${DEFAULT-VALUE})")
        SolveOptions.Mode mode;

        @Option(names = "--json", description = "print one JSON object on stdout")
        boolean json;

        /** Reads the file and solves it. */
        abstract Result solve(SolveOptions options) throws OrlibFormatException;

        record Result(String instance, String problem, Integer p, LocationSolution solution) {
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!(timeLimitS > 0) || Double.isInfinite(timeLimitS)) {
                err.println("edgeplan bench: --time-limit must be a finite number of seconds > 0 (got " + timeLimitS + ")");
                return ExitCodes.INVALID_INPUT;
            }
            Result r;
            long startNanos = System.nanoTime();
            try {
                r = solve(new SolveOptions(timeLimitS, mode));
            } catch (OrlibFormatException e) {
                err.println("edgeplan bench: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            } catch (IllegalArgumentException e) {
                // a well-formed file describing an impossible instance, e.g. capacity below total demand
                err.println("edgeplan bench: " + file + ": " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
            LocationSolution s = r.solution();
            // like the peer baseline's, the reported time includes reading the file and building the costs
            double seconds = (System.nanoTime() - startNanos) / NANOS_PER_SECOND;
            if (json) {
                JsonWriter w = new JsonWriter(false).beginObject()
                        .field("instance", r.instance()).field("problem", r.problem());
                if (r.p() != null) {
                    w.field("p", r.p());
                }
                w.field("objective", s.objective()).field("lower_bound", s.lowerBound()).field("gap", s.gap())
                        .field("proven_optimal", s.provenOptimal()).field("seconds", seconds)
                        .field("solve_seconds", s.seconds())
                        .field("time_limit_s", timeLimitS).field("nodes", s.nodes())
                        .field("open_facilities", s.open().length).field("method", s.method());
                out.println(w.endObject());
            } else {
                out.printf(Locale.ROOT, "%s %s: objective %.3f, lower bound %.3f, gap %.4f %%, %s, %.2f s, %d nodes%n",
                        r.instance(), r.problem(), s.objective(), s.lowerBound(), 100 * s.gap(),
                        s.provenOptimal() ? "proven optimal" : "not proven", seconds, s.nodes());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "pmed", mixinStandardHelpOptions = true,
            description = "p-median on an OR-Library pmed graph (all-pairs shortest paths, p from the file).",
            footer = {"", "Example:", "  edgeplan bench pmed ../shared/data/orlib/pmed/pmed26.txt --time-limit 30 --json"})
    static class Pmed extends Run {
        @Override
        final Result solve(SolveOptions options) throws OrlibFormatException {
            PmedReader.PmedInstance inst = PmedReader.read(file);
            return new Result(inst.name(), problemName(), inst.p(), solve(inst, options));
        }

        String problemName() {
            return "p-median";
        }

        LocationSolution solve(PmedReader.PmedInstance inst, SolveOptions options) {
            return LocationSolvers.pMedian(inst.problem(), inst.p(), options);
        }
    }

    @Command(name = "pcenter", mixinStandardHelpOptions = true,
            description = "p-center (minimise the largest distance) on an OR-Library pmed graph.",
            footer = {"", "Example:", "  edgeplan bench pcenter ../shared/data/orlib/pmed/pmed1.txt --json"})
    static final class Pcenter extends Pmed {
        @Override
        String problemName() {
            return "p-center";
        }

        @Override
        LocationSolution solve(PmedReader.PmedInstance inst, SolveOptions options) {
            return LocationSolvers.pCenter(inst.problem(), inst.p(), options);
        }
    }

    @Command(name = "cap", mixinStandardHelpOptions = true,
            description = "Capacitated warehouse location (splittable demand) on an OR-Library cap file.",
            footer = {"", "Examples:", "  edgeplan bench cap ../shared/data/orlib/cap/cap41.txt --json",
                    "  edgeplan bench cap ../shared/data/orlib/cap/capa.txt --capacity 8000 --time-limit 60 --json",
                    "  edgeplan bench cap ../shared/data/orlib/cap/capb.txt --uncapacitated --json"})
    static final class Cap extends Run {

        @Option(names = "--capacity", paramLabel = "C",
                description = "every warehouse's capacity (required for capa/capb/capc, whose files say 'capacity')")
        Double capacity;

        @Option(names = "--uncapacitated", description = "ignore capacities: uncapacitated facility location")
        boolean uncapacitated;

        @Override
        Result solve(SolveOptions options) throws OrlibFormatException {
            if (capacity != null && !(capacity > 0 && Double.isFinite(capacity))) {
                throw new OrlibFormatException("--capacity must be a finite number > 0 (got " + capacity + ")");
            }
            LocationProblem problem = CapReader.read(file, capacity == null ? OptionalDouble.empty()
                    : OptionalDouble.of(capacity), uncapacitated);
            String name = PmedReader.instanceName(file);
            if (uncapacitated) {
                return new Result(name + "-uncap", "uflp", null, LocationSolvers.uncapacitatedFacilityLocation(problem, options));
            }
            String suffix = capacity == null ? "" : "-" + String.format(Locale.ROOT, "%.0f", capacity);
            return new Result(name + suffix, "cflp", null, LocationSolvers.capacitated(problem, options));
        }
    }
}
