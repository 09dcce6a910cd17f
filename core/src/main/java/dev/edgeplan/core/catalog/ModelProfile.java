package dev.edgeplan.core.catalog;

import dev.edgeplan.core.scenario.WorkloadKind;

/**
 * An inference model and the benchmark that measures it.
 *
 * @param benchmark             MLPerf benchmark id whose results give throughput (e.g. {@code llama2-70b-99})
 * @param defaultInputTokens    mean prompt tokens per request (LLM; 0 otherwise)
 * @param defaultOutputTokens   mean generated tokens per request (LLM; 0 otherwise)
 * @param paramsTotalB          total parameters, billions
 * @param paramsActiveB         parameters active per token (MoE), billions
 */
public record ModelProfile(String id, String name, WorkloadKind kind, String benchmark, int defaultInputTokens,
                           int defaultOutputTokens, double paramsTotalB, double paramsActiveB, String source) {

    /** Unit of the benchmark's throughput: tokens/s for LLMs, samples/s otherwise. */
    public String throughputUnit() {
        return kind.countsTokens() ? "tokens/s" : "samples/s";
    }
}
