package dev.edgeplan.cli;

import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.demand.DemandModel;
import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.location.LocationProblem;
import dev.edgeplan.core.location.LocationSolution;
import dev.edgeplan.core.location.LocationSolvers;
import dev.edgeplan.core.location.SolveOptions;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.CitiesFilter;
import dev.edgeplan.io.catalog.CatalogLoader;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** {@code edgeplan bench}: the exact location solvers on OR-Library benchmark files. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Solve OR-Library location benchmarks with the exact solvers; print objective, bound and gap.",
        subcommands = {BenchCommand.Pmed.class, BenchCommand.Pcenter.class, BenchCommand.Cap.class,
                BenchCommand.UsCities.class, BenchPlanCommand.class, BenchSynthCommand.class},
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

        /** Where the instance comes from, for messages. */
        abstract String source();

        record Result(String instance, String problem, Integer p, LocationSolution solution, Map<String, Double> extra) {
            Result(String instance, String problem, Integer p, LocationSolution solution) {
                this(instance, problem, p, solution, Map.of());
            }
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
                err.println("edgeplan bench: " + source() + ": " + e.getMessage());
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
                r.extra().forEach(w::field);
                out.println(w.endObject());
            } else {
                out.printf(Locale.ROOT, "%s %s: objective %.3f, lower bound %.3f, gap %.4f %%, %s, %.2f s, %d nodes%n",
                        r.instance(), r.problem(), s.objective(), s.lowerBound(), 100 * s.gap(),
                        s.provenOptimal() ? "proven optimal" : "not proven", seconds, s.nodes());
                r.extra().forEach((k, v) -> out.printf(Locale.ROOT, "  %s %.6g%n", k, v));
            }
            return ExitCodes.OK;
        }
    }

    /** A benchmark read from an OR-Library file. */
    abstract static class FileRun extends Run {
        @Parameters(index = "0", paramLabel = "FILE", description = "OR-Library instance file")
        Path file;

        @Override
        String source() {
            return file.toString();
        }
    }

    @Command(name = "pmed", mixinStandardHelpOptions = true,
            description = "p-median on an OR-Library pmed graph (all-pairs shortest paths, p from the file).",
            footer = {"", "Example:", "  edgeplan bench pmed ../shared/data/orlib/pmed/pmed26.txt --time-limit 30 --json"})
    static class Pmed extends FileRun {
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
                    "  edgeplan bench cap ../shared/data/orlib/cap/capb.txt --uncapacitated --json",
                    "  edgeplan bench cap ../shared/data/orlib/cap/cap41.txt --single-source --json"})
    static final class Cap extends FileRun {

        @Option(names = "--capacity", paramLabel = "C",
                description = "every warehouse's capacity (required for capa/capb/capc, whose files say 'capacity')")
        Double capacity;

        @Option(names = "--uncapacitated", description = "ignore capacities: uncapacitated facility location")
        boolean uncapacitated;

        @Option(names = "--single-source", description = "each customer served whole by one warehouse (lower bound: "
                + "the splittable optimum; the gap is reported)")
        boolean singleSource;

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
            if (singleSource) {
                return new Result(name + suffix + "-single", "sscflp", null,
                        LocationSolvers.capacitatedSingleSource(problem, options));
            }
            return new Result(name + suffix, "cflp", null, LocationSolvers.capacitated(problem, options));
        }
    }

    /**
     * The continental coverage benchmark of issue #4 built from the bundled cities: every city of a country with
     * at least {@code --min-population} people (suburbs absorbed into their metro, as for demand) is a demand point
     * weighted by population; the {@code --candidates} most populous of them are the candidate sites; a site covers
     * a point when the round trip at the p90 estimate SLO checks use (backbone + access) is within {@code --slo-ms}.
     * With {@code --sites P}: maximal coverage with P sites (objective = uncovered population); without: the fewest
     * sites covering every point some candidate reaches (points no candidate reaches are left out and counted).
     */
    @Command(name = "us-cities", mixinStandardHelpOptions = true,
            description = "Continental coverage benchmark on the bundled cities (max coverage with p sites, or fewest sites).",
            footer = {"", "Examples:", "  edgeplan bench us-cities --sites 20 --time-limit 30 --json",
                    "  edgeplan bench us-cities --time-limit 30 --json      (fewest sites covering every reachable city)"})
    static final class UsCities extends Run {

        @Option(names = "--country", defaultValue = "US", description = "ISO 3166 alpha-2 country (default ${DEFAULT-VALUE})")
        String country;

        @Option(names = "--min-population", defaultValue = "10000", description = "demand floor (default ${DEFAULT-VALUE})")
        long minPopulation;

        @Option(names = "--candidates", defaultValue = "500", description = "the N most populous cities are candidates (default ${DEFAULT-VALUE})")
        int candidates;

        @Option(names = "--slo-ms", defaultValue = "30", description = "round-trip SLO, p90 estimate incl. access (default ${DEFAULT-VALUE})")
        double sloMs;

        @Option(names = "--access", defaultValue = "fiber", description = "access network (default ${DEFAULT-VALUE})")
        String access;

        @Option(names = "--sites", paramLabel = "P", description = "max coverage with P sites; omitted: fewest sites covering all")
        Integer sites;

        @Option(names = "--write-instance", paramLabel = "FILE",
                description = "also write the covering instance (for bench/highs_coverage.py): 'n m', then per point "
                        + "its weight, its number of covering candidates and their indices")
        Path writeInstance;

        @Override
        String source() {
            return "us-cities";
        }

        @Override
        Result solve(SolveOptions options) {
            AccessType accessType = AccessType.fromKey(access)
                    .orElseThrow(() -> new IllegalArgumentException("unknown --access " + access));
            List<City> cities = DemandModel.selectCities(new CitiesFilter(List.of(country), List.of(), minPopulation,
                    Optional.empty()), CatalogLoader.loadBundled().cities());
            List<City> sorted = cities.stream().sorted((a, b) -> a.population() != b.population()
                    ? Long.compare(b.population(), a.population()) : Long.compare(a.id(), b.id())).toList();
            int m = Math.min(candidates, sorted.size());
            if (m < 1 || (sites != null && (sites < 1 || sites > m))) {
                throw new IllegalArgumentException("need 1 ≤ --sites ≤ candidates (" + m + ")");
            }
            LatencyModel latency = new LatencyModel(LatencyModel.defaults());
            double accessMs = latency.sloAccessRttMs(accessType);
            int all = cities.size();
            double[] rtt = new double[all * m];
            boolean[] reachable = new boolean[all];
            int n = 0;
            for (int i = 0; i < all; i++) {
                City c = cities.get(i);
                for (int j = 0; j < m; j++) {
                    City s = sorted.get(j);
                    double ms = latency.sloBackboneRttMs(GreatCircle.distanceKm(c.lat(), c.lon(), s.lat(), s.lon())) + accessMs;
                    rtt[i * m + j] = ms;
                    reachable[i] |= ms <= sloMs;
                }
                n += reachable[i] || sites != null ? 1 : 0;
            }
            if (n == 0) {
                throw new IllegalArgumentException("no city is within " + sloMs + " ms of any candidate");
            }
            double[] cost = new double[n * m];
            double[] weight = new double[n];
            double total = 0.0;
            for (int i = 0, r = 0; i < all; i++) {
                total += cities.get(i).population();
                if (reachable[i] || sites != null) {
                    System.arraycopy(rtt, i * m, cost, r * m, m);
                    weight[r++] = cities.get(i).population();
                }
            }
            double[] unlimited = new double[m];
            java.util.Arrays.fill(unlimited, Double.POSITIVE_INFINITY);
            LocationProblem problem = new LocationProblem(n, m, weight, new double[m], unlimited, cost);
            if (writeInstance != null) {
                write(problem, writeInstance);
            }
            Map<String, Double> extra = new LinkedHashMap<>();
            extra.put("demand_points", (double) all);
            extra.put("candidates", (double) m);
            extra.put("slo_ms", sloMs);
            String name = String.format(Locale.ROOT, "%s-%d-%dx%d-%.0fms", country.toLowerCase(Locale.ROOT), minPopulation,
                    all, m, sloMs);
            if (sites != null) {
                LocationSolution s = LocationSolvers.maxCoverage(problem, sloMs, sites, 1, options);
                extra.put("covered_pct", 100.0 * (total - s.objective()) / total);
                extra.put("covered_pct_bound", 100.0 * (total - s.lowerBound()) / total);
                // the gap on the maximised quantity (covered population), the usual measure for maximal coverage
                double coverable = total - s.lowerBound();
                extra.put("covered_gap", coverable > 0 ? (s.objective() - s.lowerBound()) / coverable : 0.0);
                extra.put("peak_heap_mb", peakHeapMb());
                return new Result(name, "max-coverage", sites, s, extra);
            }
            extra.put("unreachable_points", (double) (all - n));

            LocationSolution cover = LocationSolvers.setCover(problem, sloMs, 1, options);
            extra.put("peak_heap_mb", peakHeapMb());
            return new Result(name, "set-cover", null, cover, extra);
        }
    
        /** The largest heap the JVM has used so far, summed over its heap pools' peaks (an upper bound). */
        private static double peakHeapMb() {
            double bytes = 0;
            for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    bytes += pool.getPeakUsage().getUsed();
                }
            }
            return Math.round(bytes / (1024.0 * 1024.0));
        }

        private void write(LocationProblem problem, Path path) {
            StringBuilder b = new StringBuilder();
            b.append(problem.clients()).append(' ').append(problem.facilities()).append('\n');
            for (int i = 0; i < problem.clients(); i++) {
                StringBuilder sites = new StringBuilder();
                int count = 0;
                for (int j = 0; j < problem.facilities(); j++) {
                    if (problem.cost(i, j) <= sloMs) {
                        sites.append(' ').append(j);
                        count++;
                    }
                }
                b.append(String.format(Locale.ROOT, "%.0f", problem.demand()[i])).append(' ').append(count)
                        .append(sites).append('\n');
            }
            try {
                java.nio.file.Files.writeString(path, b);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
