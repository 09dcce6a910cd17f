package dev.edgeplan.core;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.BenchmarkResult;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.catalog.CoolingProfile;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.Precision;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.WorkloadKind;

import java.util.List;

/** A small catalog with published figures, so core tests do not depend on the bundled data files. */
public final class TestCatalog {

    private TestCatalog() {
    }

    public static final Accelerator H200 = new Accelerator("h200-sxm", "NVIDIA H200 SXM 141GB", "NVIDIA",
            "NVIDIA H200-SXM-141GB", 141, 4.8, 989.4, 1978.9, 0, 700, 460, 3.5, 2024, "NVIDIA H200 datasheet");

    /** DGX H200: 8 GPUs, 10.2 kW max (6 × 3.3 kW PSUs, 4+2), 8U. */
    public static final ServerModel DGX_H200 = new ServerModel("dgx-h200", "NVIDIA DGX H200", "h200-sxm", 8, 10.2,
            0.75, 8, false, false, "NVIDIA DGX H100/H200 User Guide");

    /** Llama-2-70B: 80 layers, 8 KV heads × 128 (HF config.json); MLPerf limits Server 2 s / 200 ms, Interactive 450 / 40 ms. */
    public static final ModelProfile LLAMA2_70B = new ModelProfile("llama2-70b", "Llama 2 70B", WorkloadKind.LLM,
            "llama2-70b-99", 1155, 211, 70, 70, 80, 8, 128, 2048, 2000, 200, 450, 40, 0, 0, 0, 8192, "Meta");

    public static final ModelProfile RESNET50 = new ModelProfile("resnet50", "ResNet-50", WorkloadKind.VISION,
            "resnet50", 0, 0, 0.0256, 0.0256, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, "MLPerf");

    /** MLPerf Inference v5.0, 8×H200 Llama-2-70B Server: 33,072 tok/s (4,134 per GPU). */
    public static final BenchmarkResult H200_LLAMA_SERVER = new BenchmarkResult("v5.0", "NVIDIA", "NVIDIA H200 (8x)",
            "NVIDIA H200-SXM-141GB", 8, "llama2-70b-99", "Server", 33072, "tokens/s", Precision.FP8, "MLPerf v5.0");

    /** An older round with a higher number must not win over the newest round. */
    public static final BenchmarkResult H200_LLAMA_SERVER_OLD = new BenchmarkResult("v4.1", "NVIDIA", "NVIDIA H200 (8x)",
            "NVIDIA H200-SXM-141GB", 8, "llama2-70b-99", "Server", 40000, "tokens/s", Precision.FP8, "made up for the test");

    public static final BenchmarkResult H200_RESNET_SERVER = new BenchmarkResult("v5.0", "NVIDIA", "NVIDIA H200 (8x)",
            "NVIDIA H200-SXM-141GB", 8, "resnet50", "Server", 640000, "queries/s", Precision.FP8, "MLPerf v5.0 (rounded)");

    public static Catalog catalog(List<City> cities) {
        return new Catalog(List.of(H200), List.of(DGX_H200), List.of(LLAMA2_70B, RESNET50),
                List.of(H200_LLAMA_SERVER_OLD, H200_LLAMA_SERVER, H200_RESNET_SERVER), cities,
                List.of(new CoolingProfile(CoolingType.AIR, 20, 1.5, "test"),
                        new CoolingProfile(CoolingType.AIR_CONTAINMENT, 35, 1.3, "test"),
                        new CoolingProfile(CoolingType.DIRECT_TO_CHIP, 140, 1.175, "test"),
                        new CoolingProfile(CoolingType.IMMERSION, 200, 1.065, "test")));
    }

    public static Catalog catalog() {
        return catalog(List.of());
    }
}
