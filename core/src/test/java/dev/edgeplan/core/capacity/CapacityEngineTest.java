package dev.edgeplan.core.capacity;

import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.TestCatalog;
import dev.edgeplan.core.catalog.BenchmarkResult;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.HardwareChoice;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CapacityEngineTest {

    private static final HardwareChoice DEFAULT_HW = new HardwareChoice("h200-sxm", "dgx-h200", 80, 70);

    @Test
    void chatOnH200MatchesHandComputation() {
        // 40 req/s × 211 output tokens = 8,440 tok/s. MLPerf v5.0 8×H200 Server 33,072 tok/s → 4,134 per GPU;
        // planned 4,134 × 0.70 × 0.80 = 2,315.04 tok/s per GPU → 8,440 / 2,315.04 = 3.65 → 4 GPUs → 1 server.
        // Utilization of the 8 installed GPUs: 8,440 / (8 × 4,134) = 25.5 %.
        WorkloadCapacity c = CapacityEngine.size(Scenarios.chat(40, 0, 50), TestCatalog.LLAMA2_70B,
                TestCatalog.H200_LLAMA_SERVER, TestCatalog.DGX_H200, DEFAULT_HW, 40);
        assertThat(c.demandUnitsPerS()).isEqualTo(8_440.0);
        assertThat(c.benchmarkPerAccelerator()).isEqualTo(4_134.0);
        assertThat(c.plannedPerAccelerator()).isCloseTo(2_315.04, within(1e-9));
        assertThat(c.accelerators()).isEqualTo(4);
        assertThat(c.servers()).isEqualTo(1);
        assertThat(c.utilizationPct()).isCloseTo(25.52, within(0.01));
        assertThat(c.unit()).isEqualTo("tokens/s");
    }

    @Test
    void reproducesTheResearchWorkedExampleOnL40s() {
        // Sizing research §4.7: 40 req/s × 211 tok = 8,440 tok/s on L40S Server (MLPerf v4.1 Fujitsu 8×L40S,
        // 3,219 tok/s → 402 per GPU) at ρ 0.8, η 1.0 → 26.2 → 27 GPUs.
        BenchmarkResult l40s = new BenchmarkResult("v4.1", "Fujitsu", "CDI L40Sx8", "NVIDIA L40S", 8, "llama2-70b-99",
                "Server", 3_219, "tokens/s", "MLPerf v4.1 closed/Fujitsu/results/CDI_L40Sx8_TRT");
        ServerModel eightGpu = new ServerModel("l40s-8", "8×L40S", "l40s", 8, 5.6, 0.75, 4, false, "test");
        WorkloadCapacity c = CapacityEngine.size(Scenarios.chat(40, 0, 50), TestCatalog.LLAMA2_70B, l40s, eightGpu,
                new HardwareChoice("l40s", "l40s-8", 80, 100), 40);
        assertThat(c.accelerators()).isEqualTo(27);
        assertThat(c.servers()).isEqualTo(4);
    }

    @Test
    void exactMultipleDoesNotRoundUpOnFloatingPointNoise() {
        // 2,315.04 × 10 tok/s needs exactly 10 GPUs, not 11.
        WorkloadCapacity c = CapacityEngine.size(Scenarios.chat(1, 0, 50), TestCatalog.LLAMA2_70B,
                TestCatalog.H200_LLAMA_SERVER, TestCatalog.DGX_H200, DEFAULT_HW, 2_315.04 * 10 / 211);
        assertThat(c.accelerators()).isEqualTo(10);
        assertThat(c.servers()).isEqualTo(2);
    }

    @Test
    void noDemandNeedsNoAccelerators() {
        WorkloadCapacity c = CapacityEngine.size(Scenarios.chat(1, 0, 50), TestCatalog.LLAMA2_70B,
                TestCatalog.H200_LLAMA_SERVER, TestCatalog.DGX_H200, DEFAULT_HW, 0);
        assertThat(c.accelerators()).isZero();
        assertThat(c.servers()).isZero();
        assertThat(c.utilizationPct()).isZero();
    }

    @Property
    void moreDemandNeverNeedsFewerAccelerators(@ForAll @DoubleRange(min = 0, max = 5_000) double rps,
                                               @ForAll @DoubleRange(min = 0, max = 5_000) double extra) {
        WorkloadCapacity base = CapacityEngine.size(Scenarios.chat(1, 0, 50), TestCatalog.LLAMA2_70B,
                TestCatalog.H200_LLAMA_SERVER, TestCatalog.DGX_H200, DEFAULT_HW, rps);
        WorkloadCapacity more = CapacityEngine.size(Scenarios.chat(1, 0, 50), TestCatalog.LLAMA2_70B,
                TestCatalog.H200_LLAMA_SERVER, TestCatalog.DGX_H200, DEFAULT_HW, rps + extra);
        assertThat(more.accelerators()).isGreaterThanOrEqualTo(base.accelerators());
        assertThat(more.servers()).isGreaterThanOrEqualTo(base.servers());
    }

    @Property
    void higherSoftwareEfficiencyNeverNeedsMoreAccelerators(@ForAll @DoubleRange(min = 1, max = 2_000) double rps,
                                                            @ForAll @DoubleRange(min = 10, max = 90) double efficiencyPct) {
        HardwareChoice low = new HardwareChoice("h200-sxm", "dgx-h200", 80, efficiencyPct);
        HardwareChoice high = new HardwareChoice("h200-sxm", "dgx-h200", 80, efficiencyPct + 10);
        int lowN = CapacityEngine.size(Scenarios.chat(1, 0, 50), TestCatalog.LLAMA2_70B,
                TestCatalog.H200_LLAMA_SERVER, TestCatalog.DGX_H200, low, rps).accelerators();
        int highN = CapacityEngine.size(Scenarios.chat(1, 0, 50), TestCatalog.LLAMA2_70B,
                TestCatalog.H200_LLAMA_SERVER, TestCatalog.DGX_H200, high, rps).accelerators();
        assertThat(highN).isLessThanOrEqualTo(lowN);
    }
}
