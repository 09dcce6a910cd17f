package dev.edgeplan.io.catalog;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.BenchmarkResult;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.catalog.CoolingProfile;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.CoolingType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Integrity of the bundled catalogs. */
class CatalogLoaderTest {

    /**
     * Accelerators deliberately without a server: no public server power (kW) in the stored sources
     * (shared/research/inference-sizing.md §6). Each one's source column says so; docs/catalog.md lists them.
     */
    static final Set<String> WITHOUT_SERVER = Set.of("h200-sxm-cts", "h100-nvl", "h100-pcie", "h200-nvl",
            "l4", "rtx-pro-6000", "mi325x", "gaudi2", "gaudi3");

    private final Catalog catalog = CatalogLoader.loadBundled();

    @Test
    void everyRowOfEveryCatalogNamesASource() {
        assertThat(catalog.accelerators()).isNotEmpty().allSatisfy(a -> assertThat(a.source()).isNotBlank());
        assertThat(catalog.servers()).isNotEmpty().allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThat(catalog.models()).isNotEmpty().allSatisfy(m -> assertThat(m.source()).isNotBlank());
        assertThat(catalog.benchmarks()).isNotEmpty().allSatisfy(b -> assertThat(b.source()).isNotBlank());
        assertThat(catalog.cooling()).isNotEmpty().allSatisfy(c -> assertThat(c.source()).isNotBlank());
    }

    @Test
    void idsAreUniqueAndLowercase() {
        assertUnique(catalog.accelerators().stream().map(Accelerator::id).toList());
        assertUnique(catalog.servers().stream().map(ServerModel::id).toList());
        assertUnique(catalog.models().stream().map(ModelProfile::id).toList());
        assertUnique(catalog.cooling().stream().map(c -> c.type().key()).toList());
        List<String> all = new java.util.ArrayList<>();
        catalog.accelerators().forEach(a -> all.add(a.id()));
        catalog.servers().forEach(s -> all.add(s.id()));
        catalog.models().forEach(m -> all.add(m.id()));
        assertThat(all).allMatch(id -> id.matches("[a-z0-9][a-z0-9.\\-]*"), "lowercase key");
    }

    private static void assertUnique(List<String> ids) {
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void expectedIdsArePresent() {
        assertThat(catalog.models().stream().map(ModelProfile::id)).containsExactlyInAnyOrder("llama2-70b",
                "llama3.1-8b", "llama3.1-405b", "mixtral-8x7b", "deepseek-r1", "resnet50", "retinanet", "bert", "sdxl",
                "whisper", "gptj-6b");
        assertThat(catalog.accelerators().stream().map(Accelerator::id)).contains("h100-sxm", "h200-sxm", "b200",
                "gb200", "l40s", "l4", "h100-nvl", "a100-sxm", "mi300x", "mi325x", "gaudi2", "gaudi3", "rtx-pro-6000");
    }

    @Test
    void everyServersAcceleratorExists() {
        assertThat(catalog.servers()).allSatisfy(s -> assertThat(catalog.accelerator(s.acceleratorId())).isPresent());
    }

    @Test
    void everyAcceleratorHasADefaultServerOrIsDocumentedAsHavingNone() {
        Set<String> without = catalog.accelerators().stream()
                .filter(a -> catalog.defaultServerFor(a.id()).isEmpty())
                .map(Accelerator::id).collect(Collectors.toSet());
        assertThat(without).isEqualTo(WITHOUT_SERVER);
        assertThat(catalog.accelerators()).filteredOn(a -> WITHOUT_SERVER.contains(a.id()))
                .allSatisfy(a -> assertThat(a.source()).contains("No server in servers.csv"));
        // reference servers (first row per accelerator)
        assertThat(catalog.defaultServerFor("h100-sxm")).map(ServerModel::id).hasValue("dgx-h100");
        assertThat(catalog.defaultServerFor("h200-sxm")).map(ServerModel::id).hasValue("dgx-h200");
        assertThat(catalog.defaultServerFor("b200")).map(ServerModel::id).hasValue("dgx-b200");
        assertThat(catalog.defaultServerFor("gb200")).map(ServerModel::id).hasValue("gb200-nvl72");
    }

    @Test
    void serverPowerMatchesTheResearchAnchors() {
        // A17: DGX H100/H200 10.2 kW max, DGX B200 14.3 kW max (10U), GB200 NVL72 ~120 kW/rack.
        ServerModel b200 = catalog.server("dgx-b200").orElseThrow();
        assertThat(b200.nameplateKw()).isEqualTo(14.3);
        assertThat(b200.rackUnits()).isEqualTo(10);
        // A14: 8xB200 measured 10,442.3 W (MLPerf v5.1 Lenovo SR680a V3, Llama-2-70B Server) = 0.73 x 14.3 kW.
        BenchmarkResult power = catalog.benchmarks().stream()
                .filter(b -> b.unit().startsWith("W") && b.system().startsWith("ThinkSystem SR680a V3")
                        && b.benchmark().equals("llama2-70b-99") && b.scenario().equals("Server"))
                .findFirst().orElseThrow();
        assertThat(power.result()).isEqualTo(10442.3);
        assertThat(b200.loadFraction()).isCloseTo(power.result() / 1000 / b200.nameplateKw(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(catalog.server("dgx-h100").orElseThrow().nameplateKw()).isEqualTo(10.2);
        assertThat(catalog.server("dgx-h100").orElseThrow().rackUnits()).isEqualTo(8);
        ServerModel nvl72 = catalog.server("gb200-nvl72").orElseThrow();
        assertThat(nvl72.acceleratorsPerServer()).isEqualTo(72);
        assertThat(nvl72.nameplateKw()).isEqualTo(120.0);
        assertThat(nvl72.liquidCooled()).isTrue();
        assertThat(nvl72.rackScale()).isTrue();
        assertThat(catalog.servers()).allSatisfy(s -> assertThat(s.loadFraction()).isBetween(0.5, 1.0));
    }

    @Test
    void everyAcceleratorsMlperfNameJoinsResults() {
        Set<String> names = catalog.benchmarks().stream().map(BenchmarkResult::acceleratorMlperfName)
                .collect(Collectors.toSet());
        assertThat(catalog.accelerators()).filteredOn(a -> !a.mlperfName().isEmpty())
                .allSatisfy(a -> assertThat(names).as(a.id()).contains(a.mlperfName()));
    }

    @Test
    void everyModelsBenchmarkHasAHopperResult() {
        // deepseek-r1 is the one exception: the stored MLPerf v5.1 DeepSeek-R1 results are Blackwell only
        // (B200, GB200, GB300); its source column says so.
        Accelerator h100 = catalog.accelerator("h100-sxm").orElseThrow();
        Accelerator h200 = catalog.accelerator("h200-sxm").orElseThrow();
        for (ModelProfile model : catalog.models()) {
            boolean hopper = catalog.benchmarks().stream().anyMatch(b -> b.benchmark().equals(model.benchmark())
                    && (b.acceleratorMlperfName().equals(h100.mlperfName())
                    || b.acceleratorMlperfName().equals(h200.mlperfName())));
            if (model.id().equals("deepseek-r1")) {
                assertThat(hopper).isFalse();
                assertThat(model.source()).contains("Blackwell only");
                assertThat(catalog.sizingResult(catalog.accelerator("b200").orElseThrow(), model)).isPresent();
            } else {
                assertThat(hopper).as(model.id() + " (" + model.benchmark() + ")").isTrue();
            }
        }
    }

    @Test
    void modelsFollowTheAnchors() {
        // A4 mean output tokens per query; A22 Azure conversation prompt mean 1,155.
        assertThat(catalog.model("llama2-70b").orElseThrow().defaultOutputTokens()).isBetween(274, 292);
        assertThat(catalog.model("llama3.1-8b").orElseThrow().defaultOutputTokens()).isEqualTo(129);
        assertThat(catalog.model("llama3.1-405b").orElseThrow().defaultOutputTokens()).isEqualTo(653);
        assertThat(catalog.model("deepseek-r1").orElseThrow().defaultOutputTokens()).isEqualTo(3750);
        assertThat(catalog.models()).filteredOn(m -> m.kind().countsTokens())
                .allSatisfy(m -> assertThat(m.defaultInputTokens()).isEqualTo(1155));
        assertThat(catalog.models()).filteredOn(m -> !m.kind().countsTokens())
                .allSatisfy(m -> assertThat(m.defaultInputTokens() + m.defaultOutputTokens()).isZero());
        assertThat(catalog.models()).allSatisfy(m -> assertThat(m.paramsActiveB()).isLessThanOrEqualTo(m.paramsTotalB()));
    }

    @Test
    void coolingThresholdsAndPueAreOrdered() {
        List<CoolingProfile> ordered = List.of(catalog.cooling(CoolingType.AIR),
                catalog.cooling(CoolingType.AIR_CONTAINMENT), catalog.cooling(CoolingType.DIRECT_TO_CHIP));
        assertThat(ordered.get(0).maxKwPerRack()).isEqualTo(20.0);
        assertThat(ordered.get(1).maxKwPerRack()).isEqualTo(35.0);
        assertThat(ordered.get(0).maxKwPerRack()).isLessThan(ordered.get(1).maxKwPerRack());
        assertThat(ordered.get(1).maxKwPerRack()).isLessThan(ordered.get(2).maxKwPerRack());
        // PUE decreases with better cooling: facility.md §2.7 bands 1.4–1.6, 1.2–1.4, 1.1–1.25.
        assertThat(ordered.get(0).pue()).isBetween(1.4, 1.6);
        assertThat(ordered.get(1).pue()).isBetween(1.2, 1.4);
        assertThat(ordered.get(2).pue()).isBetween(1.1, 1.25);
        // every rack-scale liquid server fits the DLC limit
        assertThat(catalog.servers()).filteredOn(ServerModel::liquidCooled)
                .allSatisfy(s -> assertThat(s.nameplateKw()).isLessThanOrEqualTo(ordered.get(2).maxKwPerRack()));
    }

    @Test
    void citiesAreAllLoaded() {
        // world-cities.csv has 44,691 data rows (44,692 lines with the header); none is skipped.
        assertThat(catalog.cities()).hasSize(44_691);
        City newYork = catalog.cities().stream().filter(c -> c.name().equals("New York") && c.countryIso2().equals("US"))
                .findFirst().orElseThrow();
        assertThat(newYork.population()).isEqualTo(18_972_871L);
        assertThat(newYork.admin1()).isEqualTo("New York");
        assertThat(newYork.lat()).isEqualTo(40.6943);
        assertThat(newYork.lon()).isEqualTo(-73.9249);
        City tokyo = catalog.cities().get(0);
        assertThat(tokyo.name()).isEqualTo("Tokyo");
        assertThat(tokyo.admin1()).isEqualTo("Tōkyō"); // UTF-8 decoded
        assertThat(catalog.cities().stream().filter(c -> c.admin1().equals("London, City of"))).isNotEmpty();
        // 307 rows have an empty population in the source and 4 say 0: all loaded with 0, none dropped.
        assertThat(catalog.cities().stream().filter(c -> c.population() == 0).count()).isEqualTo(311);
        // The upstream data has exactly one repeated id (two distinct places named Uman, Yucatán, MX); kept as is.
        Map<Long, List<City>> byId = catalog.cities().stream().collect(Collectors.groupingBy(City::id));
        assertThat(byId.values().stream().filter(l -> l.size() > 1).toList()).singleElement()
                .satisfies(l -> assertThat(l).extracting(City::name).containsOnly("Uman"));
    }

    @Test
    void benchmarksAreACompleteCopy() {
        assertThat(catalog.benchmarks()).hasSize(286);
        assertThat(catalog.benchmarks()).extracting(BenchmarkResult::scenario).containsOnly("Offline", "Server",
                "Interactive");
    }

    @Test
    void bundledCatalogIsCachedAndThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Catalog>> calls = List.of(CatalogLoader::loadBundled, CatalogLoader::loadBundled,
                    CatalogLoader::loadBundled, CatalogLoader::loadBundled);
            for (Future<Catalog> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isSameAs(catalog);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void loadsEveryCity() {
        // load time belongs in benchmarks, not in a unit test a busy CI machine can fail
        Catalog fresh = CatalogLoader.load(CatalogLoaderTest::bundled);
        assertThat(fresh.cities()).hasSize(44_691);
    }

    // --- malformed catalogs -------------------------------------------------------------------------------

    @Test
    void missingResourceIsNamed() {
        assertThatThrownBy(() -> CatalogLoader.load(name -> name.equals(CatalogLoader.MODELS) ? null : bundled(name)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/catalog/models.csv")
                .hasMessageContaining("not found");
    }

    @Test
    void badNumberNamesResourceLineAndColumn() {
        Map<String, String> replaced = new HashMap<>();
        replaced.put(CatalogLoader.SERVERS, "id,name,accelerator_id,accelerators_per_server,nameplate_kw,load_fraction,"
                + "rack_units,liquid_cooled,rack_scale,source\r\n"
                + "dgx-h100,DGX H100,h100-sxm,8,10.2,0.75,8,false,false,src\r\n"
                + "x,X,h100-sxm,8,lots,0.75,8,false,false,src\r\n");
        assertThatThrownBy(() -> CatalogLoader.load(with(replaced)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/catalog/servers.csv:3:5: column nameplate_kw: not a number: 'lots'");
    }

    @Test
    void unknownAcceleratorDuplicateIdAndMissingSourceAreRejected() {
        String header = "id,name,accelerator_id,accelerators_per_server,nameplate_kw,load_fraction,rack_units,"
                + "liquid_cooled,rack_scale,source\n";
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.SERVERS,
                header + "s,S,nope,8,10,0.75,8,false,false,src\n"))))
                .hasMessage("/catalog/servers.csv:2:3: column accelerator_id: unknown accelerator 'nope' (not in accelerators.csv)");
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.SERVERS,
                header + "s,S,b200,8,10,0.75,8,false,false,src\ns,S,b200,8,10,0.75,8,false,false,src\n"))))
                .hasMessage("/catalog/servers.csv:3:1: column id: duplicate id 's'");
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.SERVERS,
                header + "s,S,b200,8,10,0.75,8,false,false,\n"))))
                .hasMessage("/catalog/servers.csv:2:10: column source: empty value");
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.COOLING,
                "type,max_kw_per_rack,pue,source\nair,20,1.5,s\n"))))
                .hasMessageContaining("/catalog/cooling.csv").hasMessageContaining("air_containment");
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.CITIES,
                "id,city,country_iso2,admin1,lat,lon,population,capital\n1,A,US,X,95,0,,\n"))))
                .hasMessage("/catalog/world-cities.csv:2:5: column lat: latitude out of range: 95.0");
    }

    private static Function<String, InputStream> with(Map<String, String> replaced) {
        return name -> replaced.containsKey(name)
                ? new ByteArrayInputStream(replaced.get(name).getBytes(StandardCharsets.UTF_8))
                : bundled(name);
    }

    private static InputStream bundled(String name) {
        InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.RESOURCE_DIR + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("test setup: no bundled " + name));
        }
        return in;
    }
}
