package dev.edgeplan.core.scenario;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One kind of inference served to users.
 *
 * <p>The request rate comes from exactly one of: {@code requestsPerUserPerDay} (with the demand
 * section's share of population using it), {@code requestsPerS} (an absolute average rate spread
 * over the demand points by population), or per-point rates on inline demand points.
 *
 * @param id                    unique key, referenced from demand shares and per-point rates
 * @param kind                  llm, vision, …
 * @param model                 model id in the catalog (e.g. {@code llama2-70b}, {@code resnet50})
 * @param inputTokensPerRequest mean prompt length (LLM only, else 0)
 * @param outputTokensPerRequest mean generated tokens per request (LLM only, else 0)
 * @param requestsPerUserPerDay average requests per user per day, if given
 * @param requestsPerS          absolute average rate over all demand, if given
 * @param peakToAverage         design-hour peak rate ÷ daily mean rate (≥ 1)
 * @param annualGrowthPct       compound growth of the request rate per year, in percent
 * @param latencySloMs          round-trip latency target from user to answer, in ms
 * @param serviceTimeMs         part of the SLO spent inside the site (inference), in ms
 * @param access                the users' access network
 * @param ttftMs                time-to-first-token limit at {@code sloPercentile} (LLM), ms
 * @param tpotMs                time-per-output-token limit at {@code sloPercentile} (LLM), ms
 * @param sloPercentile         percentile the TTFT/TPOT limits hold at (MLPerf uses 99)
 * @param arrivalCv2            squared coefficient of variation of inter-arrival times, Ca² (1 = Poisson)
 * @param serviceCv2            squared coefficient of variation of service times, Cs²
 * @param serving               online (latency limits) or offline (maximum throughput)
 * @param tensorParallel        accelerators per model replica; 0 = the fewest whose memory holds the weights
 * @param spareReplicas         replicas added per site on top of those the load needs (N+k), k
 */
public record Workload(
        String id,
        WorkloadKind kind,
        String model,
        int inputTokensPerRequest,
        int outputTokensPerRequest,
        OptionalDouble requestsPerUserPerDay,
        OptionalDouble requestsPerS,
        double peakToAverage,
        double annualGrowthPct,
        double latencySloMs,
        double serviceTimeMs,
        AccessType access,
        double ttftMs,
        double tpotMs,
        double sloPercentile,
        double arrivalCv2,
        double serviceCv2,
        Serving serving,
        int tensorParallel,
        int spareReplicas) {

    public Workload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(requestsPerUserPerDay, "requestsPerUserPerDay");
        Objects.requireNonNull(requestsPerS, "requestsPerS");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(serving, "serving");
    }

    /** Round-trip network budget: what the SLO leaves after inference time. */
    public double networkBudgetMs() {
        return latencySloMs - serviceTimeMs;
    }
}
