package dev.edgeplan.core.catalog;

import dev.edgeplan.core.scenario.WorkloadKind;

/**
 * An inference model, its architecture (for the roofline fallback) and the benchmark that measures it.
 *
 * @param benchmark                   MLPerf benchmark id whose results give throughput (e.g. {@code llama2-70b-99})
 * @param defaultInputTokens          mean prompt tokens per request (LLM; 0 otherwise)
 * @param defaultOutputTokens         mean generated tokens per request (LLM; 0 otherwise)
 * @param paramsTotalB                total parameters, billions (weights that must sit in memory)
 * @param paramsActiveB               parameters active per token (MoE), billions (compute per token)
 * @param layers                      transformer layers (0 for non-LLM)
 * @param kvHeads                     key/value heads (GQA), 0 when not applicable
 * @param headDim                     dimension per head
 * @param kvElementsPerTokenPerLayer  values cached per token per layer: 2·kvHeads·headDim for GQA, the latent width for MLA
 * @param serverTtftMs                MLPerf Server time-to-first-token p99 limit (0 if none)
 * @param serverTpotMs                MLPerf Server time-per-output-token p99 limit (0 if none)
 * @param interactiveTtftMs           MLPerf Interactive TTFT p99 limit (0 if the benchmark has no Interactive scenario)
 * @param interactiveTpotMs           MLPerf Interactive TPOT p99 limit (0 if none)
 * @param serverLatencyMs             MLPerf Server per-query latency limit for non-LLM benchmarks (0 if none)
 * @param benchmarkInputTokens        mean prompt tokens of the MLPerf dataset (0 = not verified)
 * @param benchmarkOutputTokens       mean output tokens of the MLPerf dataset (0 = not verified)
 * @param hiddenSize                  model (residual stream) width: the size per token of each tensor-parallel
 *                                    all-reduce (0 for non-LLM)
 */
public record ModelProfile(String id, String name, WorkloadKind kind, String benchmark, int defaultInputTokens,
                           int defaultOutputTokens, double paramsTotalB, double paramsActiveB, int layers, int kvHeads,
                           int headDim, int kvElementsPerTokenPerLayer, double serverTtftMs, double serverTpotMs,
                           double interactiveTtftMs, double interactiveTpotMs, double serverLatencyMs,
                           double benchmarkInputTokens, double benchmarkOutputTokens, int hiddenSize, String source) {

    /** True when the benchmark's own prompt and output lengths are known, so throughput can be rescaled to others. */
    public boolean hasBenchmarkLengths() {
        return benchmarkInputTokens > 0 && benchmarkOutputTokens > 0;
    }

    /** Unit of the benchmark's throughput: tokens/s for LLMs, samples/s otherwise. */
    public String throughputUnit() {
        return kind.countsTokens() ? "tokens/s" : "samples/s";
    }

    /** True when the catalog has the architecture figures the roofline needs. */
    public boolean hasArchitecture() {
        return kind.countsTokens() && layers > 0 && kvElementsPerTokenPerLayer > 0 && paramsTotalB > 0 && paramsActiveB > 0;
    }
}
