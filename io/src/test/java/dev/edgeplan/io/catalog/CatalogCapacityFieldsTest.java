package dev.edgeplan.io.catalog;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.BenchmarkResult;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.Precision;
import dev.edgeplan.core.catalog.ServerModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog columns the capacity engine's roofline fallback and SLO classes read: model architecture and
 * MLPerf latency limits, FP4 TFLOPS, rack-scale servers and the precision of every benchmark row.
 */
class CatalogCapacityFieldsTest {

    /** MLPerf accelerator spellings of the Blackwell generation (FP4 tensor cores). */
    static final Set<String> BLACKWELL_MLPERF = Set.of("NVIDIA B200-SXM-180GB", "NVIDIA GB200", "NVIDIA GB300");
    /** Catalog ids of Blackwell accelerators: the only ones that may carry an FP4 figure. */
    static final Set<String> BLACKWELL_IDS = Set.of("b200", "gb200", "gb300", "rtx-pro-6000");

    private final Catalog catalog = CatalogLoader.loadBundled();

    private List<ModelProfile> llms() {
        return catalog.models().stream().filter(m -> m.kind().countsTokens()).toList();
    }

    // --- models ----------------------------------------------------------------------------------------------

    @Test
    void everyLlmHasItsArchitecture() {
        assertThat(llms()).hasSize(6).allSatisfy(m -> {
            assertThat(m.hasArchitecture()).as(m.id()).isTrue();
            assertThat(m.layers()).as(m.id()).isPositive();
            assertThat(m.kvElementsPerTokenPerLayer()).as(m.id()).isPositive();
            assertThat(m.source()).as(m.id()).contains("config.json");
        });
    }

    @Test
    void kvElementsAre2xKvHeadsxHeadDimExceptMla() {
        for (ModelProfile m : llms()) {
            if (m.id().equals("deepseek-r1")) {
                // MLA caches one latent (kv_lora_rank 512) + the shared RoPE key (qk_rope_head_dim 64), not K and V.
                assertThat(m.kvElementsPerTokenPerLayer()).isEqualTo(512 + 64);
                assertThat(m.kvHeads()).isZero();
                assertThat(m.headDim()).isZero();
                assertThat(m.source()).contains("kv_lora_rank 512").contains("qk_rope_head_dim 64");
            } else {
                assertThat(m.kvHeads()).as(m.id()).isPositive();
                assertThat(m.headDim()).as(m.id()).isPositive();
                assertThat(m.kvElementsPerTokenPerLayer()).as(m.id()).isEqualTo(2 * m.kvHeads() * m.headDim());
            }
        }
    }

    @Test
    void architectureMatchesThePublicConfigs() {
        // Hugging Face config.json: num_hidden_layers / num_key_value_heads / head dim.
        assertArchitecture("llama2-70b", 80, 8, 128, 2048);
        assertArchitecture("llama3.1-8b", 32, 8, 128, 2048);
        assertArchitecture("llama3.1-405b", 126, 8, 128, 2048);
        assertArchitecture("mixtral-8x7b", 32, 8, 128, 2048);
        assertArchitecture("deepseek-r1", 61, 0, 0, 576);
        assertArchitecture("gptj-6b", 28, 16, 256, 8192); // multi-head attention: all 16 heads cached
        ModelProfile mixtral = catalog.model("mixtral-8x7b").orElseThrow();
        assertThat(mixtral.paramsTotalB()).isEqualTo(46.7);
        assertThat(mixtral.paramsActiveB()).isEqualTo(12.9);
    }

    private void assertArchitecture(String id, int layers, int kvHeads, int headDim, int kvElements) {
        ModelProfile m = catalog.model(id).orElseThrow();
        assertThat(List.of(m.layers(), m.kvHeads(), m.headDim(), m.kvElementsPerTokenPerLayer())).as(id)
                .containsExactly(layers, kvHeads, headDim, kvElements);
    }

    @Test
    void everyLlmHasServerLimits() {
        // TTFT/TPOT for the token-latency benchmarks; GPT-J is limited per query (20 s), not per token.
        assertThat(llms()).allSatisfy(m -> {
            boolean tokenLimits = m.serverTtftMs() > 0 && m.serverTpotMs() > 0;
            assertThat(tokenLimits || m.serverLatencyMs() > 0).as(m.id()).isTrue();
            assertThat(m.source()).as(m.id()).contains("mlperf.conf");
        });
        assertThat(llms()).filteredOn(m -> !m.id().equals("gptj-6b"))
                .allSatisfy(m -> assertThat(m.serverTtftMs() > 0 && m.serverTpotMs() > 0).as(m.id()).isTrue());
    }

    @Test
    void sloLimitsMatchMlperfConf() {
        // github.com/mlcommons/inference loadgen/mlperf.conf; research anchors A1–A3.
        assertSlo("llama2-70b", 2000, 200, 450, 40, 0);
        assertSlo("llama3.1-8b", 2000, 100, 500, 30, 0);
        assertSlo("llama3.1-405b", 6000, 175, 4500, 80, 0);
        assertSlo("mixtral-8x7b", 2000, 200, 0, 0, 0);
        assertSlo("deepseek-r1", 2000, 80, 0, 0, 0);
        assertSlo("gptj-6b", 0, 0, 0, 0, 20_000);
        assertSlo("resnet50", 0, 0, 0, 0, 15);
        assertSlo("retinanet", 0, 0, 0, 0, 100);
        assertSlo("bert", 0, 0, 0, 0, 130);
        assertSlo("sdxl", 0, 0, 0, 0, 20_000);
        assertSlo("whisper", 0, 0, 0, 0, 0); // Offline only in the datacenter suite
    }

    private void assertSlo(String id, double ttft, double tpot, double iTtft, double iTpot, double latency) {
        ModelProfile m = catalog.model(id).orElseThrow();
        assertThat(List.of(m.serverTtftMs(), m.serverTpotMs(), m.interactiveTtftMs(), m.interactiveTpotMs(),
                m.serverLatencyMs())).as(id).containsExactly(ttft, tpot, iTtft, iTpot, latency);
    }

    @Test
    void interactiveLimitsAreTighterThanServer() {
        assertThat(catalog.models()).filteredOn(m -> m.interactiveTtftMs() > 0).isNotEmpty().allSatisfy(m -> {
            assertThat(m.interactiveTtftMs()).as(m.id()).isLessThan(m.serverTtftMs());
            assertThat(m.interactiveTpotMs()).as(m.id()).isLessThan(m.serverTpotMs());
        });
    }

    @Test
    void nonLlmsHaveNoArchitectureColumns() {
        assertThat(catalog.models()).filteredOn(m -> !m.kind().countsTokens()).allSatisfy(m -> {
            assertThat(m.layers() + m.kvHeads() + m.headDim() + m.kvElementsPerTokenPerLayer()).as(m.id()).isZero();
            assertThat(m.serverTtftMs() + m.serverTpotMs() + m.interactiveTtftMs() + m.interactiveTpotMs())
                    .as(m.id()).isZero();
            assertThat(m.hasArchitecture()).isFalse();
        });
    }

    // --- accelerators and servers ------------------------------------------------------------------------------

    @Test
    void fp4TflopsOnlyOnBlackwell() {
        assertThat(catalog.accelerators()).filteredOn(a -> a.fp4DenseTflops() > 0)
                .extracting(Accelerator::id).isSubsetOf(BLACKWELL_IDS).contains("b200", "gb200");
        Accelerator b200 = catalog.accelerator("b200").orElseThrow();
        Accelerator gb200 = catalog.accelerator("gb200").orElseThrow();
        // glennklockwood.com B200 tables: dense FP4 = 2 x dense FP8 on Blackwell.
        assertThat(b200.fp4DenseTflops()).isEqualTo(9000.0).isEqualTo(2 * b200.fp8DenseTflops());
        assertThat(gb200.fp4DenseTflops()).isEqualTo(10000.0).isEqualTo(2 * gb200.fp8DenseTflops());
        assertThat(b200.denseTflops(Precision.FP4)).isEqualTo(9000.0);
        // every accelerator says why its FP4 figure is 0: no FP4 on the chip, or not sourced
        assertThat(catalog.accelerators()).filteredOn(a -> a.fp4DenseTflops() == 0).allSatisfy(a ->
                assertThat(a.source()).as(a.id()).containsAnyOf("fp4_dense_tflops 0 = no FP4 support",
                        "fp4_dense_tflops 0 = not sourced"));
        assertThat(catalog.accelerators()).filteredOn(a -> !BLACKWELL_IDS.contains(a.id()))
                .allSatisfy(a -> assertThat(a.source()).as(a.id()).contains("no FP4 support"));
        // a chip without FP4 falls back to FP8 in the roofline
        Accelerator h100 = catalog.accelerator("h100-sxm").orElseThrow();
        assertThat(h100.denseTflops(Precision.FP4)).isEqualTo(h100.fp8DenseTflops());
    }

    @Test
    void rackScaleOnlyOnNvl72() {
        assertThat(catalog.servers()).filteredOn(ServerModel::rackScale).extracting(ServerModel::id)
                .containsExactlyInAnyOrder("gb200-nvl72", "gb300-nvl72");
        assertThat(catalog.servers()).filteredOn(ServerModel::rackScale).allSatisfy(s -> {
            assertThat(s.acceleratorsPerServer()).isEqualTo(72);
            assertThat(s.liquidCooled()).isTrue();
            assertThat(s.source()).contains("rack_scale true");
        });
    }

    // --- benchmark precision -------------------------------------------------------------------------------------

    @Test
    void everyBenchmarkRowHasAPrecision() {
        assertThat(catalog.benchmarks()).hasSize(286).allSatisfy(b -> assertThat(b.precision()).isNotNull());
        // a row either states its weights or says the precision was inferred by the documented rule
        assertThat(catalog.benchmarks()).allSatisfy(b -> assertThat(b.source()).as(b.system())
                .containsAnyOf("weights ", "precision " + b.precision().key() + " inferred by rule"));
    }

    @Test
    void blackwellLlmRowsAreFp4() {
        List<BenchmarkResult> blackwellLlm = catalog.benchmarks().stream()
                .filter(b -> BLACKWELL_MLPERF.contains(b.acceleratorMlperfName()) && isLlm(b)).toList();
        assertThat(blackwellLlm).hasSize(43).allSatisfy(b -> assertThat(b.precision()).as(b.source())
                .isEqualTo(Precision.FP4));
        // FP4 appears nowhere else: earlier generations have no FP4 tensor cores
        assertThat(catalog.benchmarks()).filteredOn(b -> b.precision() == Precision.FP4)
                .allSatisfy(b -> assertThat(BLACKWELL_MLPERF).contains(b.acceleratorMlperfName()));
        // the rows the research anchors quote as FP4 (A7, A8) and FP8 (A6)
        assertThat(sizingPrecision("b200", "llama2-70b")).isEqualTo(Precision.FP4);
        assertThat(sizingPrecision("gb200", "llama2-70b")).isEqualTo(Precision.FP4);
        assertThat(sizingPrecision("h200-sxm", "llama2-70b")).isEqualTo(Precision.FP8);
        assertThat(sizingPrecision("mi300x", "llama2-70b")).isEqualTo(Precision.FP8);
    }

    @Test
    void preBlackwellLlmRowsAreFp8AndStatedWeightsWin() {
        assertThat(catalog.benchmarks()).filteredOn(b -> isLlm(b) && !BLACKWELL_MLPERF.contains(b.acceleratorMlperfName()))
                .allSatisfy(b -> assertThat(b.precision()).as(b.source()).isEqualTo(Precision.FP8));
        // Blackwell non-LLM rows keep what they state: SDXL UNet fp8, Whisper fp16 (= bf16 width)
        Map<String, Set<Precision>> blackwellOther = catalog.benchmarks().stream()
                .filter(b -> BLACKWELL_MLPERF.contains(b.acceleratorMlperfName()) && !isLlm(b))
                .collect(Collectors.groupingBy(BenchmarkResult::benchmark,
                        Collectors.mapping(BenchmarkResult::precision, Collectors.toSet())));
        assertThat(blackwellOther.get("stable-diffusion-xl")).containsExactly(Precision.FP8);
        assertThat(blackwellOther.get("whisper")).containsExactly(Precision.BF16);
        assertThat(catalog.benchmarks()).filteredOn(b -> b.source().contains("weights fp16"))
                .allSatisfy(b -> assertThat(b.precision()).isEqualTo(Precision.BF16));
        assertThat(catalog.benchmarks()).filteredOn(b -> b.source().contains("weights int8"))
                .allSatisfy(b -> assertThat(b.precision()).isEqualTo(Precision.FP8));
    }

    private static boolean isLlm(BenchmarkResult b) {
        return b.benchmark().startsWith("llama") || b.benchmark().startsWith("mixtral")
                || b.benchmark().startsWith("deepseek") || b.benchmark().startsWith("gptj");
    }

    private Precision sizingPrecision(String accelerator, String model) {
        return catalog.sizingResult(catalog.accelerator(accelerator).orElseThrow(), catalog.model(model).orElseThrow())
                .orElseThrow().precision();
    }

    // --- malformed new columns -----------------------------------------------------------------------------------

    @Test
    void unknownPrecisionNamesResourceLineAndColumn() {
        String csv = "round,submitter,system,accelerator,accelerators,benchmark,scenario,result,unit,precision,source\n"
                + "v5.1,X,Y,NVIDIA L4,1,resnet50,Offline,10,samples/s,fp8,s\n"
                + "v5.1,X,Y,NVIDIA L4,1,resnet50,Server,10,queries/s,fp2,s\n";
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.BENCHMARKS, csv))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("/catalog/mlperf-results.csv:3:10: column precision: unknown precision 'fp2'");
        String empty = csv.replace(",fp2,", ",,");
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.BENCHMARKS, empty))))
                .hasMessage("/catalog/mlperf-results.csv:3:10: column precision: empty value");
    }

    @Test
    void modelColumnsAreValidated() {
        String header = "id,name,kind,benchmark,default_input_tokens,default_output_tokens,params_total_b,params_active_b,"
                + "layers,kv_heads,head_dim,kv_elements_per_token_per_layer,server_ttft_ms,server_tpot_ms,"
                + "interactive_ttft_ms,interactive_tpot_ms,server_latency_ms,benchmark_input_tokens,benchmark_output_tokens,hidden_size,source\n";
        // empty numbers are 0
        Catalog ok = CatalogLoader.load(with(Map.of(CatalogLoader.MODELS,
                header + "m,M,llm,b,100,10,7,7,,,,,,,,,,,,,s\n")));
        ModelProfile m = ok.models().get(0);
        assertThat(m.layers() + m.kvElementsPerTokenPerLayer()).isZero();
        assertThat(m.serverTtftMs() + m.serverLatencyMs()).isZero();
        assertThat(m.hasArchitecture()).isFalse();
        // a TTFT limit without a TPOT limit
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.MODELS,
                header + "m,M,llm,b,100,10,7,7,32,8,128,2048,2000,0,0,0,0,0,0,0,s\n"))))
                .hasMessage("/catalog/models.csv:2:14: column server_tpot_ms: give both server_ttft_ms and "
                        + "server_tpot_ms or neither (0)");
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.MODELS,
                header + "m,M,llm,b,100,10,7,7,32,-8,128,2048,0,0,0,0,0,0,0,0,s\n"))))
                .hasMessage("/catalog/models.csv:2:10: column kv_heads: must not be negative");
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.MODELS,
                header + "m,M,llm,b,100,10,7,7,32.5,8,128,2048,0,0,0,0,0,0,0,0,s\n"))))
                .hasMessage("/catalog/models.csv:2:9: column layers: not an integer: '32.5'");
        // old header without the new columns names the first missing one
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.MODELS,
                "id,name,kind,benchmark,default_input_tokens,default_output_tokens,params_total_b,params_active_b,"
                        + "source\nm,M,llm,b,1,1,1,1,s\n"))))
                .hasMessageStartingWith("/catalog/models.csv:1:9: header column is 'source', expected 'layers'");
    }

    @Test
    void serverRackScaleAndAcceleratorFp4AreValidated() {
        String servers = "id,name,accelerator_id,accelerators_per_server,nameplate_kw,load_fraction,rack_units,"
                + "liquid_cooled,rack_scale,source\ns,S,b200,8,10,0.75,8,false,maybe,src\n";
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.SERVERS, servers))))
                .hasMessageStartingWith("/catalog/servers.csv:2:9: column rack_scale: expected true or false");
        String accelerators = "id,name,vendor,mlperf_name,memory_gb,mem_bw_tbps,bf16_dense_tflops,fp8_dense_tflops,"
                + "fp4_dense_tflops,tdp_w,allreduce_bus_gb_per_s,allreduce_latency_us,introduced_year,source\n"
                + "x,X,V,,80,3,900,1800,-1,700,460,3.5,2022,src\n";
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.ACCELERATORS, accelerators))))
                .hasMessage("/catalog/accelerators.csv:2:9: column fp4_dense_tflops: must not be negative");
        String noBus = accelerators.replace(",-1,700,460,", ",0,700,0,");
        assertThatThrownBy(() -> CatalogLoader.load(with(Map.of(CatalogLoader.ACCELERATORS, noBus))))
                .hasMessageStartingWith("/catalog/accelerators.csv:2:11: column allreduce_bus_gb_per_s:");
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
