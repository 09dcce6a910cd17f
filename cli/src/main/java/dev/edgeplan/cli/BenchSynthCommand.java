package dev.edgeplan.cli;

import dev.edgeplan.core.catalog.City;
import dev.edgeplan.io.catalog.CatalogLoader;
import dev.edgeplan.io.plan.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code edgeplan bench synth}: writes a synthetic national scenario of any size for the scaling benchmark
 * (bench/scale.sh): N demand points drawn from the bundled US cities of 10,000+ people with probability ∝ population
 * and scattered around them (a metro's spread), each city's population shared among its points, and M candidate
 * sites at the M most populous cities (then at points scattered around them when M exceeds the cities). One chat
 * workload (40 ms on fibre), 10 years, 10,000 Monte Carlo draws: the national example's settings at another size.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write a synthetic US scenario with N demand points and M candidate sites (scaling benchmark).",
        footer = {"", "Example:", "  edgeplan bench synth --points 10000 --candidates 500 --out /tmp/scale-10k",
                "  edgeplan bench plan /tmp/scale-10k/scenario.yaml --repeat 1 --json"})
final class BenchSynthCommand implements Callable<Integer> {

    /** Cities taken as population centres: the national example's threshold. */
    static final long MIN_CITY_POPULATION = 10_000;
    /** Standard deviation of a point's offset from its city, km: about a metro's radius. */
    static final double SCATTER_KM = 15.0;
    private static final double KM_PER_DEGREE = 111.32;

    @Spec
    CommandSpec spec;

    @Option(names = "--points", required = true, paramLabel = "N", description = "demand points (1 – 1,000,000)")
    int points;

    @Option(names = "--candidates", required = true, paramLabel = "M", description = "candidate sites (1 – 100,000)")
    int candidates;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "directory for scenario.yaml, demand.csv and sites.csv (created if missing)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (points < 1 || points > 1_000_000 || candidates < 1 || candidates > 100_000) {
            err.println("edgeplan bench synth: --points must be 1–1,000,000 and --candidates 1–100,000 (got "
                    + points + ", " + candidates + ")");
            return ExitCodes.INVALID_INPUT;
        }
        List<City> cities = CatalogLoader.loadBundled().cities().stream()
                .filter(c -> c.countryIso2().equals("US") && c.population() >= MIN_CITY_POPULATION)
                .sorted(Comparator.comparingLong(City::population).reversed().thenComparingLong(City::id))
                .toList();
        SplittableRandom random = new SplittableRandom(seed);
        AtomicFiles.writeString(out.resolve("demand.csv"), demandCsv(cities, points, random));
        AtomicFiles.writeString(out.resolve("sites.csv"), sitesCsv(cities, candidates, random));
        AtomicFiles.writeString(out.resolve("scenario.yaml"), scenarioYaml(points, candidates, seed));
        err.printf(Locale.ROOT, "wrote %s (%,d demand points from %,d US cities, %,d candidates)%n",
                out.resolve("scenario.yaml"), points, cities.size(), candidates);
        return ExitCodes.OK;
    }

    static String demandCsv(List<City> cities, int n, SplittableRandom random) {
        long[] cumulative = new long[cities.size()];
        long total = 0;
        for (int i = 0; i < cities.size(); i++) {
            total += cities.get(i).population();
            cumulative[i] = total;
        }
        int[] cityOf = new int[n];
        int[] pointsOfCity = new int[cities.size()];
        for (int p = 0; p < n; p++) {
            int c = java.util.Arrays.binarySearch(cumulative, random.nextLong(total) + 1);
            cityOf[p] = c >= 0 ? c : -c - 1;
            pointsOfCity[cityOf[p]]++;
        }
        StringBuilder csv = new StringBuilder("id,name,lat,lon,population\n");
        for (int p = 0; p < n; p++) {
            City city = cities.get(cityOf[p]);
            double[] at = scatter(city, random);
            csv.append(String.format(Locale.ROOT, "d%d,,%.5f,%.5f,%d%n", p, at[0], at[1],
                    Math.max(1, city.population() / pointsOfCity[cityOf[p]])));
        }
        return csv.toString();
    }

    static String sitesCsv(List<City> cities, int m, SplittableRandom random) {
        StringBuilder csv = new StringBuilder("id,name,lat,lon,power_available_mw\n");
        for (int s = 0; s < m; s++) {
            City city = cities.get(s % cities.size());
            double[] at = s < cities.size() ? new double[] {city.lat(), city.lon()} : scatter(city, random);
            csv.append(String.format(Locale.ROOT, "s%d,,%.5f,%.5f,50%n", s, at[0], at[1]));
        }
        return csv.toString();
    }

    /** A Gaussian offset of {@link #SCATTER_KM} around the city (flat-earth degrees: fine at a metro's scale). */
    private static double[] scatter(City city, SplittableRandom random) {
        double northKm = gaussian(random) * SCATTER_KM;
        double eastKm = gaussian(random) * SCATTER_KM;
        double lat = city.lat() + northKm / KM_PER_DEGREE;
        double lon = city.lon() + eastKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(city.lat())));
        return new double[] {Math.max(-89.9, Math.min(89.9, lat)), ((lon + 540.0) % 360.0) - 180.0};
    }

    /** Box–Muller from two uniforms of the seeded generator (reproducible across JVMs). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }

    static String scenarioYaml(int points, int candidates, long seed) {
        return String.format(Locale.ROOT, """
                # Synthetic scaling instance written by `edgeplan bench synth --points %d --candidates %d --seed %d`:
                # demand scattered around US cities of 10,000+ people, candidates at the most populous ones.
                schema_version: 1
                name: Synthetic US %d points x %d candidates
                horizon_years: 10
                seed: %d
                workloads:
                  - id: chat
                    model: llama2-70b
                    input_tokens_per_request: 1155
                    output_tokens_per_request: 211
                    requests_per_user_per_day: 3
                    annual_growth_pct: 30
                    latency_slo_ms: 40
                    access: fiber
                demand:
                  csv: demand.csv
                  share_pct:
                    chat: 10
                sites:
                  csv: sites.csv
                siting:
                  time_limit_s: 30
                hardware:
                  accelerator: h200-sxm
                  server: dgx-h200
                design:
                  redundancy: N+1
                  max_kw_per_rack: 40
                risk:
                  draws: 10000
                """, points, candidates, seed, points, candidates, seed);
    }
}
