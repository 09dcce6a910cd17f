package dev.edgeplan.core.catalog;

import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.network.Ixp;
import dev.edgeplan.core.scenario.CoolingType;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything the engines look up, loaded once at the edge and passed in. */
public record Catalog(List<Accelerator> accelerators, List<ServerModel> servers, List<ModelProfile> models,
                      List<BenchmarkResult> benchmarks, List<City> cities, List<CoolingProfile> cooling,
                      List<MonthlyClimate> climates, List<Ixp> ixps) {

    public Catalog {
        climates = List.copyOf(climates);
        ixps = List.copyOf(ixps);
        accelerators = List.copyOf(accelerators);
        servers = List.copyOf(servers);
        models = List.copyOf(models);
        benchmarks = List.copyOf(benchmarks);
        cities = List.copyOf(cities);
        cooling = List.copyOf(cooling);
    }

    /** A catalog without climate normals or exchanges: facility engines fall back to cooling.csv PUE. */
    public Catalog(List<Accelerator> accelerators, List<ServerModel> servers, List<ModelProfile> models,
                   List<BenchmarkResult> benchmarks, List<City> cities, List<CoolingProfile> cooling) {
        this(accelerators, servers, models, benchmarks, cities, cooling, List.of(), List.of());
    }

    /** Climate normals of a metro by name (case-insensitive). */
    public Optional<MonthlyClimate> climate(String metro) {
        return climates.stream().filter(c -> c.metro().equalsIgnoreCase(metro)).findFirst();
    }

    public Optional<Accelerator> accelerator(String id) {
        return accelerators.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<ServerModel> server(String id) {
        return servers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The first server in catalog order that carries this accelerator (its reference system). */
    public Optional<ServerModel> defaultServerFor(String acceleratorId) {
        return servers.stream().filter(s -> s.acceleratorId().equals(acceleratorId)).findFirst();
    }

    public Optional<ModelProfile> model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public CoolingProfile cooling(CoolingType type) {
        return cooling.stream().filter(c -> c.type() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("catalog has no cooling profile " + type.key()));
    }

    /**
     * The benchmark result used for sizing: Server scenario (Poisson arrivals under the benchmark's
     * latency limits) of the newest round, best per-accelerator throughput within that round.
     */
    public Optional<BenchmarkResult> sizingResult(Accelerator accelerator, ModelProfile model) {
        return bestResult(accelerator, model, "Server");
    }

    /**
     * The newest round's best per-accelerator result for an MLPerf scenario (Offline, Server or
     * Interactive): software vintage moves throughput by up to 44 % on the same GPU, so newest wins.
     */
    public Optional<BenchmarkResult> bestResult(Accelerator accelerator, ModelProfile model, String scenario) {
        return benchmarks.stream()
                .filter(b -> b.acceleratorMlperfName().equals(accelerator.mlperfName()))
                .filter(b -> b.benchmark().equals(model.benchmark()))
                .filter(b -> b.scenario().equals(scenario))
                .filter(b -> unitMatches(b, model))
                .max(Comparator.comparing((BenchmarkResult b) -> roundKey(b.round()))
                        .thenComparingDouble(BenchmarkResult::perAcceleratorPerS));
    }

    /** Token rows for LLMs, sample/query rows otherwise; never power (W) rows. */
    static boolean unitMatches(BenchmarkResult result, ModelProfile model) {
        String unit = result.unit();
        return model.kind().countsTokens() ? unit.equals("tokens/s") : unit.equals("samples/s") || unit.equals("queries/s");
    }

    /** "v4.1" → 4001 so rounds sort numerically. */
    static int roundKey(String round) {
        String[] parts = round.replace("v", "").split("\\.");
        return Integer.parseInt(parts[0]) * 1000 + (parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
    }
}
