package dev.edgeplan.core.capacity;

/** Capacity-engine constants with their sources (shared/research/inference-sizing.md, copied into docs/capacity.md). */
public final class CapacityDefaults {

    private CapacityDefaults() {
    }

    /**
     * Share of accelerator memory the serving engine may fill with weights and KV cache: engines reserve
     * 0.90–0.95 of free HBM (vLLM gpu_memory_utilization 0.9 default; research §4.3 η_mem ≈ 0.9).
     */
    public static final double MEMORY_USABLE_FRACTION = 0.9;

    /**
     * Roofline efficiency η = measured ÷ roofline bound, calibrated once: the minimax (in log ratio) fit over the 16
     * (model, accelerator) MLPerf Offline pairs whose benchmark lengths are verified (RooflineValidationTest; table
     * in docs/capacity.md) gives 0.4231, with every pair then within −30 % … +33 %. It lies inside the research
     * note's 0.3–0.65 band from TensorRT-LLM max-throughput rows (its default 0.45, research §4.3).
     */
    public static final double ROOFLINE_EFFICIENCY = 0.42;

    /** Server ÷ Offline throughput under the 2 s / 200 ms class: 0.88–0.99 on mature stacks (anchor A12); 0.9. */
    public static final double SERVER_OVER_OFFLINE = 0.9;

    /** Interactive ÷ Server throughput (450 ms / 40 ms class) on ≥ 70B models: 0.59–0.61 on B200, GB200, H200 (A13). */
    public static final double INTERACTIVE_OVER_SERVER_LARGE = 0.6;

    /** Interactive ÷ Server on an ~8B model: 0.80 (Llama-3.1-8B on B200, A13). */
    public static final double INTERACTIVE_OVER_SERVER_SMALL = 0.8;

    /** Active parameters (billions) at and above which the large-model Interactive ratio applies. */
    public static final double LARGE_MODEL_ACTIVE_PARAMS_B = 30.0;

    /** Below this utilization of installed throughput, capital is stranded (research §4.5 warns below 0.3). */
    public static final double LOW_UTILIZATION_PCT = 30.0;

    /**
     * Without a TPOT limit, tensor parallelism grows until the KV cache holds at least this many sequences: with
     * fewer, every decode step re-reads the whole weights for a handful of tokens (weight-bandwidth bound), so a
     * larger TP is cheaper per token. Modelling choice, checked by the MLPerf Offline validation in docs/capacity.md.
     */
    public static final int MIN_CONCURRENT_SEQUENCES = 64;

    /**
     * All-reduces per transformer layer under tensor parallelism: one after attention, one after the MLP
     * (Megatron-LM, Shoeybi et al. 2019, arXiv 1909.08053 §3).
     */
    public static final int ALLREDUCES_PER_LAYER = 2;

    /** Bytes per activation value in the tensor-parallel all-reduce: FP16/BF16 (TensorRT-LLM and vLLM default). */
    public static final double ALLREDUCE_BYTES_PER_VALUE = 2.0;

    /** Tensor-parallel sizes tried, smallest first (NVLink domains: 8 per HGX server, 72 per NVL72 rack). */
    static final int[] TENSOR_PARALLEL_OPTIONS = {1, 2, 4, 8, 16, 32, 64, 72};
}
