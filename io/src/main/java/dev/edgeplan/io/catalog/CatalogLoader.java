package dev.edgeplan.io.catalog;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.BenchmarkResult;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.catalog.CoolingProfile;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.Precision;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.network.Ixp;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.WorkloadKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the catalogs bundled in the jar under {@code /catalog/} into a {@link Catalog}. The CSV files and
 * their columns are described in {@code docs/catalog.md}; every row except the cities carries a
 * {@code source} column naming the public source of its numbers.
 *
 * <p>A malformed bundled catalog is a programming error, so every problem (missing file, wrong header,
 * bad number, unknown reference, duplicate id) throws {@link IllegalStateException} naming the resource,
 * line and column.
 */
public final class CatalogLoader {

    /** Classpath folder of the bundled catalogs. */
    public static final String RESOURCE_DIR = "/catalog/";

    static final String ACCELERATORS = "accelerators.csv";
    static final String SERVERS = "servers.csv";
    static final String MODELS = "models.csv";
    static final String BENCHMARKS = "mlperf-results.csv";
    static final String COOLING = "cooling.csv";
    static final String CITIES = "world-cities.csv";
    static final String CLIMATE_NORMALS = "climate-normals.csv";
    static final String CLIMATE_DESIGN = "climate-design.csv";
    static final String IXPS = "ixps.csv";

    private static final Object LOCK = new Object();
    private static volatile Catalog bundled;

    private CatalogLoader() {
    }

    /** The bundled catalog, parsed once per class loader and then shared (thread-safe). */
    public static Catalog loadBundled() {
        Catalog result = bundled;
        if (result == null) {
            synchronized (LOCK) {
                result = bundled;
                if (result == null) {
                    result = load(name -> CatalogLoader.class.getResourceAsStream(RESOURCE_DIR + name));
                    bundled = result;
                }
            }
        }
        return result;
    }

    /**
     * Loads the six catalog files through {@code open} (file name → stream, or null when absent). Not
     * cached. Package-private so tests can feed broken catalogs.
     */
    static Catalog load(Function<String, InputStream> open) {
        List<Accelerator> accelerators = accelerators(table(open, ACCELERATORS));
        List<ServerModel> servers = servers(table(open, SERVERS), accelerators);
        List<ModelProfile> models = models(table(open, MODELS));
        List<BenchmarkResult> benchmarks = benchmarks(table(open, BENCHMARKS));
        List<CoolingProfile> cooling = cooling(table(open, COOLING));
        List<City> cities = cities(table(open, CITIES));
        List<MonthlyClimate> climates = climates(table(open, CLIMATE_NORMALS), table(open, CLIMATE_DESIGN));
        return new Catalog(accelerators, servers, models, benchmarks, cities, cooling, climates, ixps(table(open, IXPS)));
    }

    /**
     * One MonthlyClimate per metro with 12 months of tmax and tmin; empty dew point / RH cells become NaN
     * (MonthlyClimate documents the fallback). Design conditions join by city name.
     */
    static List<MonthlyClimate> climates(CsvTable normals, CsvTable design) {
        normals.requireHeader("city", "country", "lat", "lon", "elevation_m", "month", "tmax_c", "tmin_c", "dewpoint_c",
                "rh_pct", "source");
        design.requireHeader("city", "country", "cooling_db_0p4_c", "cooling_mcwb_0p4_c", "extreme_max_db_c", "source");
        Map<String, double[]> designByCity = new HashMap<>();
        for (CsvTable.Row row : design.rows()) {
            designByCity.put(row.required("city"), new double[] {decimalOrNaN(row, "cooling_db_0p4_c"),
                    decimalOrNaN(row, "cooling_mcwb_0p4_c")});
        }
        Map<String, List<CsvTable.Row>> byCity = new LinkedHashMap<>();
        for (CsvTable.Row row : normals.rows()) {
            byCity.computeIfAbsent(row.required("city"), k -> new ArrayList<>()).add(row);
        }
        List<MonthlyClimate> list = new ArrayList<>();
        for (Map.Entry<String, List<CsvTable.Row>> e : byCity.entrySet()) {
            int n = MonthlyClimate.MONTHS;
            double[] tmax = new double[n];
            double[] tmin = new double[n];
            double[] dew = new double[n];
            double[] rh = new double[n];
            boolean[] seen = new boolean[n];
            CsvTable.Row first = e.getValue().get(0);
            for (CsvTable.Row row : e.getValue()) {
                int m = row.integer("month") - 1;
                if (m < 0 || m >= n || seen[m]) {
                    throw row.fail("month", "month must be 1-12 and appear once per city");
                }
                seen[m] = true;
                tmax[m] = row.decimal("tmax_c");
                tmin[m] = row.decimal("tmin_c");
                dew[m] = decimalOrNaN(row, "dewpoint_c");
                rh[m] = decimalOrNaN(row, "rh_pct");
            }
            if (e.getValue().size() != n) {
                throw first.fail("month", "city '" + e.getKey() + "' needs 12 months");
            }
            double[] d = designByCity.getOrDefault(e.getKey(), new double[] {Double.NaN, Double.NaN});
            double elevation = decimalOrNaN(first, "elevation_m");
            list.add(new MonthlyClimate(e.getKey(), first.required("country"), first.decimal("lat"), first.decimal("lon"),
                    Double.isNaN(elevation) ? 0.0 : elevation, tmax, tmin, dew, rh, d[0], d[1], first.required("source")));
        }
        return list;
    }

    static List<Ixp> ixps(CsvTable table) {
        table.requireHeader("name", "city", "country", "lat", "lon", "networks", "peak_tbps", "source");
        List<Ixp> list = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            double peak = decimalOrNaN(row, "peak_tbps");
            list.add(new Ixp(row.required("name"), row.required("city"), row.required("country"), row.decimal("lat"),
                    row.decimal("lon"), row.text("networks").isBlank() ? OptionalInt.empty()
                    : OptionalInt.of(row.integer("networks")), Double.isNaN(peak) ? OptionalDouble.empty()
                    : OptionalDouble.of(peak), row.required("source")));
        }
        return list;
    }

    private static double decimalOrNaN(CsvTable.Row row, String column) {
        return row.text(column).isBlank() ? Double.NaN : row.decimal(column);
    }

    static CsvTable table(Function<String, InputStream> open, String name) {
        String resource = RESOURCE_DIR + name;
        try (InputStream in = open.apply(name)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": bundled catalog resource not found");
            }
            return CsvTable.parse(resource, decodeUtf8(resource, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String decodeUtf8(String resource, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(resource + ": not valid UTF-8", e);
        }
    }

    static List<Accelerator> accelerators(CsvTable table) {
        table.requireHeader("id", "name", "vendor", "mlperf_name", "memory_gb", "mem_bw_tbps", "bf16_dense_tflops",
                "fp8_dense_tflops", "fp4_dense_tflops", "tdp_w", "allreduce_bus_gb_per_s", "allreduce_latency_us", "introduced_year", "source");
        List<Accelerator> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String id = uniqueId(row, "id", ids);
            list.add(new Accelerator(id, row.required("name"), row.required("vendor"), row.text("mlperf_name"),
                    nonNegative(row, "memory_gb"), nonNegative(row, "mem_bw_tbps"),
                    nonNegative(row, "bf16_dense_tflops"), nonNegative(row, "fp8_dense_tflops"),
                    nonNegativeOrZero(row, "fp4_dense_tflops"), positive(row, "tdp_w"),
                    positive(row, "allreduce_bus_gb_per_s"), nonNegative(row, "allreduce_latency_us"),
                    row.integer("introduced_year"), row.required("source")));
        }
        return list;
    }

    static List<ServerModel> servers(CsvTable table, List<Accelerator> accelerators) {
        table.requireHeader("id", "name", "accelerator_id", "accelerators_per_server", "nameplate_kw",
                "load_fraction", "rack_units", "liquid_cooled", "rack_scale", "source");
        Set<String> acceleratorIds = new HashSet<>();
        accelerators.forEach(a -> acceleratorIds.add(a.id()));
        List<ServerModel> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String id = uniqueId(row, "id", ids);
            String acceleratorId = row.required("accelerator_id");
            if (!acceleratorIds.contains(acceleratorId)) {
                throw row.fail("accelerator_id", "unknown accelerator '" + acceleratorId + "' (not in "
                        + ACCELERATORS + ")");
            }
            int perServer = row.integer("accelerators_per_server");
            if (perServer < 1) {
                throw row.fail("accelerators_per_server", "must be at least 1");
            }
            double loadFraction = positive(row, "load_fraction");
            if (loadFraction > 1.0) {
                throw row.fail("load_fraction", "must be at most 1 (measured power / nameplate)");
            }
            int rackUnits = row.integer("rack_units");
            if (rackUnits < 1) {
                throw row.fail("rack_units", "must be at least 1");
            }
            list.add(new ServerModel(id, row.required("name"), acceleratorId, perServer, positive(row, "nameplate_kw"),
                    loadFraction, rackUnits, row.bool("liquid_cooled"), row.bool("rack_scale"), row.required("source")));
        }
        return list;
    }

    static List<ModelProfile> models(CsvTable table) {
        table.requireHeader("id", "name", "kind", "benchmark", "default_input_tokens", "default_output_tokens",
                "params_total_b", "params_active_b", "layers", "kv_heads", "head_dim", "kv_elements_per_token_per_layer",
                "server_ttft_ms", "server_tpot_ms", "interactive_ttft_ms", "interactive_tpot_ms", "server_latency_ms", "benchmark_input_tokens",
                "benchmark_output_tokens", "hidden_size", "source");
        List<ModelProfile> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String id = uniqueId(row, "id", ids);
            WorkloadKind kind = workloadKind(row);
            int input = row.integer("default_input_tokens");
            int output = row.integer("default_output_tokens");
            if (input < 0 || output < 0) {
                throw row.fail(input < 0 ? "default_input_tokens" : "default_output_tokens", "must not be negative");
            }
            if (kind.countsTokens() && output == 0) {
                throw row.fail("default_output_tokens", "an LLM needs a positive mean output length");
            }
            int layers = nonNegativeIntOrZero(row, "layers");
            int kvHeads = nonNegativeIntOrZero(row, "kv_heads");
            int headDim = nonNegativeIntOrZero(row, "head_dim");
            int kvElements = nonNegativeIntOrZero(row, "kv_elements_per_token_per_layer");
            double serverTtft = nonNegativeOrZero(row, "server_ttft_ms");
            double serverTpot = nonNegativeOrZero(row, "server_tpot_ms");
            double interactiveTtft = nonNegativeOrZero(row, "interactive_ttft_ms");
            double interactiveTpot = nonNegativeOrZero(row, "interactive_tpot_ms");
            requirePair(row, "server_ttft_ms", serverTtft, "server_tpot_ms", serverTpot);
            requirePair(row, "interactive_ttft_ms", interactiveTtft, "interactive_tpot_ms", interactiveTpot);
            list.add(new ModelProfile(id, row.required("name"), kind, row.required("benchmark"), input, output,
                    nonNegative(row, "params_total_b"), nonNegative(row, "params_active_b"), layers, kvHeads, headDim,
                    kvElements, serverTtft, serverTpot, interactiveTtft, interactiveTpot,
                    nonNegativeOrZero(row, "server_latency_ms"), nonNegativeOrZero(row, "benchmark_input_tokens"),
                    nonNegativeOrZero(row, "benchmark_output_tokens"), nonNegativeIntOrZero(row, "hidden_size"),
                    row.required("source")));
        }
        return list;
    }

    static List<BenchmarkResult> benchmarks(CsvTable table) {
        table.requireHeader("round", "submitter", "system", "accelerator", "accelerators", "benchmark", "scenario",
                "result", "unit", "precision", "source");
        List<BenchmarkResult> list = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            String round = row.required("round");
            if (!round.matches("v\\d+(\\.\\d+)?")) {
                throw row.fail("round", "expected a round like v5.1, got '" + round + "'");
            }
            int accelerators = row.integer("accelerators");
            if (accelerators < 1) {
                throw row.fail("accelerators", "must be at least 1");
            }
            list.add(new BenchmarkResult(round, row.required("submitter"), row.required("system"),
                    row.required("accelerator"), accelerators, row.required("benchmark"), row.required("scenario"),
                    positive(row, "result"), row.required("unit"), precision(row), row.required("source")));
        }
        return list;
    }

    static List<CoolingProfile> cooling(CsvTable table) {
        table.requireHeader("type", "max_kw_per_rack", "pue", "source");
        List<CoolingProfile> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String key = uniqueId(row, "type", ids);
            CoolingType type = null;
            for (CoolingType t : CoolingType.values()) {
                if (t.key().equals(key)) {
                    type = t;
                }
            }
            if (type == null) {
                throw row.fail("type", "unknown cooling type '" + key + "'");
            }
            double pue = row.decimal("pue");
            if (pue < 1.0) {
                throw row.fail("pue", "PUE is at least 1");
            }
            list.add(new CoolingProfile(type, positive(row, "max_kw_per_rack"), pue, row.required("source")));
        }
        for (CoolingType t : CoolingType.values()) {
            if (list.stream().noneMatch(c -> c.type() == t)) {
                throw CsvTable.error(table.resource(), 1, 1, "no row for cooling type '" + t.key() + "'");
            }
        }
        return list;
    }

    /** Every row becomes a City: nothing is skipped (empty population → 0). */
    static List<City> cities(CsvTable table) {
        table.requireHeader("id", "city", "country_iso2", "admin1", "lat", "lon", "population", "capital");
        List<City> list = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            double lat = row.decimal("lat");
            double lon = row.decimal("lon");
            if (lat < -90 || lat > 90) {
                throw row.fail("lat", "latitude out of range: " + lat);
            }
            if (lon < -180 || lon > 180) {
                throw row.fail("lon", "longitude out of range: " + lon);
            }
            long population = row.longOr("population", 0L);
            if (population < 0) {
                throw row.fail("population", "must not be negative");
            }
            list.add(new City(row.longValue("id"), row.required("city"), row.required("country_iso2"),
                    row.text("admin1"), lat, lon, population));
        }
        return list;
    }

    private static String uniqueId(CsvTable.Row row, String column, Set<String> seen) {
        String id = row.required(column);
        if (!id.equals(id.strip())) {
            throw row.fail(column, "leading or trailing whitespace in '" + id + "'");
        }
        if (!seen.add(id)) {
            throw row.fail(column, "duplicate id '" + id + "'");
        }
        return id;
    }

    private static WorkloadKind workloadKind(CsvTable.Row row) {
        String key = row.required("kind");
        for (WorkloadKind kind : WorkloadKind.values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        throw row.fail("kind", "unknown kind '" + key + "' (llm, vision, speech, nlp, image_generation)");
    }

    private static Precision precision(CsvTable.Row row) {
        String text = row.required("precision");
        try {
            return Precision.parse(text);
        } catch (IllegalArgumentException e) {
            throw row.fail("precision", e.getMessage());
        }
    }

    /** A TTFT limit without a TPOT limit (or the reverse) is an editing mistake: both or neither. */
    private static void requirePair(CsvTable.Row row, String ttftColumn, double ttft, String tpotColumn, double tpot) {
        if ((ttft > 0) != (tpot > 0)) {
            throw row.fail(ttft > 0 ? tpotColumn : ttftColumn, "give both " + ttftColumn + " and " + tpotColumn
                    + " or neither (0)");
        }
    }

    /** Empty → 0 (not sourced / not applicable); otherwise a number that must not be negative. */
    private static double nonNegativeOrZero(CsvTable.Row row, String column) {
        return row.text(column).isBlank() ? 0.0 : nonNegative(row, column);
    }

    /** Empty → 0; otherwise an integer that must not be negative. */
    private static int nonNegativeIntOrZero(CsvTable.Row row, String column) {
        if (row.text(column).isBlank()) {
            return 0;
        }
        int value = row.integer(column);
        if (value < 0) {
            throw row.fail(column, "must not be negative");
        }
        return value;
    }

    private static double positive(CsvTable.Row row, String column) {
        double value = row.decimal(column);
        if (value <= 0) {
            throw row.fail(column, "must be positive");
        }
        return value;
    }

    private static double nonNegative(CsvTable.Row row, String column) {
        double value = row.decimal(column);
        if (value < 0) {
            throw row.fail(column, "must not be negative");
        }
        return value;
    }
}
