package dev.edgeplan.io.scenario;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.catalog.CoolingProfile;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.WorkloadKind;

import java.util.ArrayList;
import java.util.List;

/** A small catalog for reader tests (the bundled one is built elsewhere). */
final class TestCatalog {

    private TestCatalog() {
    }

    /** MLPerf llama2-70b-99: Server TTFT 2000 ms / TPOT 200 ms, Interactive 450 / 40 ms; 80 layers, GQA 8×128. */
    static final ModelProfile LLAMA2_70B = new ModelProfile("llama2-70b", "Llama 2 70B", WorkloadKind.LLM,
            "llama2-70b-99", 1155, 211, 70, 70, 80, 8, 128, 2048, 2000, 200, 450, 40, 0, 0, 0, 8192, "test");
    static final ModelProfile RESNET50 = new ModelProfile("resnet50", "ResNet-50", WorkloadKind.VISION, "resnet", 0,
            0, 0.025, 0.025, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, "test");

    static Catalog catalog() {
        return new Catalog(
                List.of(new Accelerator("h100-sxm", "NVIDIA H100 SXM", "NVIDIA", "NVIDIA H100-SXM-80GB", 80, 3.35, 989,
                                1979, 0, 700, 460, 3.5, 2022, "test"),
                        new Accelerator("l40s", "NVIDIA L40S", "NVIDIA", "NVIDIA L40S", 48, 0.864, 362, 733, 0, 350, 20, 40, 2023,
                                "test")),
                List.of(new ServerModel("dgx-h100", "NVIDIA DGX H100", "h100-sxm", 8, 10.2, 0.8, 8, false, false,
                                "test"),
                        new ServerModel("l40s-8gpu", "8x L40S server", "l40s", 8, 5.0, 0.75, 4, false, false, "test")),
                List.of(LLAMA2_70B, RESNET50),
                List.of(),
                List.of(new City(1, "Dallas", "US", "Texas", 32.78, -96.80, 5_743_938),
                        new City(2, "Fort Worth", "US", "Texas", 32.75, -97.33, 918_915)),
                List.of(new CoolingProfile(CoolingType.AIR, 20, 1.5, "test"),
                        new CoolingProfile(CoolingType.AIR_CONTAINMENT, 35, 1.4, "test"),
                        new CoolingProfile(CoolingType.DIRECT_TO_CHIP, 100, 1.2, "test")));
    }

    /** The test catalog plus more models. */
    static Catalog withModels(ModelProfile... extra) {
        Catalog c = catalog();
        List<ModelProfile> models = new ArrayList<>(c.models());
        models.addAll(List.of(extra));
        return new Catalog(c.accelerators(), c.servers(), models, c.benchmarks(), c.cities(), c.cooling());
    }
}
