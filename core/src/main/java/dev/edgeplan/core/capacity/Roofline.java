package dev.edgeplan.core.capacity;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.Precision;

/**
 * Analytical throughput of one model replica (tier B of shared/research/inference-sizing.md §4.3).
 * Per replica of TP accelerators:
 * <pre>
 * W      = P_total × b_w                                   weight bytes
 * kv     = layers × kv_elements_per_layer × b_kv           KV bytes per token
 * ctx    = ISL + OSL/2                                     mean resident context
 * B_mem  = floor((η_mem × M × TP − W) / (kv × ctx))
 * t_step = max((W + B·kv·ctx) / (TP·BW), 2·P_active·B / (TP·F))       one decode step
 * t_pre  = 2·P_active·ISL / (TP·F)                          prefill per request
 * X_rep  = η · B / (t_step + B·t_pre/OSL)                  output tokens/s per replica
 * TPOT   = t_step / η                                      → B is the largest batch meeting the TPOT limit
 * </pre>
 */
public final class Roofline {

    private Roofline() {
    }

    /**
     * @param tensorParallel accelerators per replica
     * @param batch          concurrent sequences per replica
     * @param stepMs         modelled decode step (time per output token) at that batch, ms
     * @param prefillMs      modelled prefill time per request, ms
     * @param outputTokensPerS output tokens per second of one replica
     */
    public record Result(int tensorParallel, int batch, double stepMs, double prefillMs, double outputTokensPerS) {

        public double perAcceleratorPerS() {
            return outputTokensPerS / tensorParallel;
        }
    }

    /**
     * @param fixedTensorParallel 0 = the smallest TP whose memory holds the weights and one sequence
     * @param maxTensorParallel   largest TP the server's NVLink domain allows
     * @param tpotLimitMs         0 = no limit (maximum throughput)
     * @return null when no allowed tensor-parallel size holds the model and meets the TPOT limit
     */
    public static Result evaluate(ModelProfile model, Accelerator accelerator, Precision weights, int inputTokens,
                                  int outputTokens, double tpotLimitMs, double efficiency, int fixedTensorParallel,
                                  int maxTensorParallel) {
        double weightBytes = model.paramsTotalB() * 1e9 * weights.bytesPerValue();
        // FP8 KV cache where the accelerator has FP8 (as the research's calibration assumes), else BF16.
        double kvBytesPerValue = accelerator.fp8DenseTflops() > 0 ? Precision.FP8.bytesPerValue() : Precision.BF16.bytesPerValue();
        double kvBytesPerToken = (double) model.layers() * model.kvElementsPerTokenPerLayer() * kvBytesPerValue;
        double contextTokens = inputTokens + outputTokens / 2.0;
        double bytesPerSequence = kvBytesPerToken * contextTokens;
        double memoryBytes = accelerator.memoryGb() * 1e9;
        double bandwidth = accelerator.memBwTbps() * 1e12;
        double flops = accelerator.denseTflops(weights) * 1e12;
        if (flops <= 0 || bandwidth <= 0 || memoryBytes <= 0) {
            return null;
        }
        // Without a TPOT limit: the smallest TP that holds the model and MIN_CONCURRENT_SEQUENCES sequences (else the
        // best found). With one: the TP giving the most tokens per accelerator within the limit.
        Result best = null;
        for (int tp : CapacityDefaults.TENSOR_PARALLEL_OPTIONS) {
            if (tp > maxTensorParallel || (fixedTensorParallel > 0 && tp != fixedTensorParallel)) {
                continue;
            }
            Result r = atTensorParallel(tp, weightBytes, bytesPerSequence, memoryBytes, bandwidth, flops,
                    2.0 * model.paramsActiveB() * 1e9, inputTokens, outputTokens, tpotLimitMs, efficiency);
            if (r == null) {
                continue;
            }
            if (tpotLimitMs <= 0 && (r.batch() >= CapacityDefaults.MIN_CONCURRENT_SEQUENCES || fixedTensorParallel > 0)) {
                return r;
            }
            if (best == null || r.perAcceleratorPerS() > best.perAcceleratorPerS()) {
                best = r;
            }
        }
        return best;
    }

    private static Result atTensorParallel(int tp, double weightBytes, double bytesPerSequence, double memoryBytes,
                                           double bandwidth, double flops, double activeFlopsPerToken, int inputTokens,
                                           int outputTokens, double tpotLimitMs, double efficiency) {
        double free = CapacityDefaults.MEMORY_USABLE_FRACTION * memoryBytes * tp - weightBytes;
        long maxBatch = (long) Math.floor(free / bytesPerSequence);
        if (maxBatch < 1) {
            return null;
        }
        double prefillS = activeFlopsPerToken * inputTokens / (tp * flops);
        int batch = (int) Math.min(maxBatch, Integer.MAX_VALUE / 2);
        if (tpotLimitMs > 0) {
            batch = largestBatchWithin(tpotLimitMs / 1000.0, batch, weightBytes, bytesPerSequence, activeFlopsPerToken,
                    tp, bandwidth, flops, efficiency);
            if (batch < 1) {
                return null;
            }
        }
        double stepS = stepS(batch, weightBytes, bytesPerSequence, activeFlopsPerToken, tp, bandwidth, flops);
        double tokensPerS = efficiency * batch / (stepS + batch * prefillS / outputTokens);
        return new Result(tp, batch, stepS / efficiency * 1000.0, prefillS * 1000.0, tokensPerS);
    }

    /** One result per tensor-parallel size that holds the model and meets the TPOT limit, smallest TP first. */
    public static java.util.List<Result> evaluateAll(ModelProfile model, Accelerator accelerator, Precision weights,
                                                     int inputTokens, int outputTokens, double tpotLimitMs,
                                                     double efficiency, int maxTensorParallel) {
        java.util.List<Result> all = new java.util.ArrayList<>();
        for (int tp : CapacityDefaults.TENSOR_PARALLEL_OPTIONS) {
            if (tp <= maxTensorParallel) {
                Result r = evaluate(model, accelerator, weights, inputTokens, outputTokens, tpotLimitMs, efficiency, tp,
                        maxTensorParallel);
                if (r != null) {
                    all.add(r);
                }
            }
        }
        return all;
    }

    static double stepS(int batch, double weightBytes, double bytesPerSequence, double activeFlopsPerToken, int tp,
                        double bandwidth, double flops) {
        double memoryS = (weightBytes + batch * bytesPerSequence) / (tp * bandwidth);
        double computeS = activeFlopsPerToken * batch / (tp * flops);
        return Math.max(memoryS, computeS);
    }

    /** Binary search: the step time grows with the batch, so the TPOT limit bounds it from above. */
    private static int largestBatchWithin(double tpotLimitS, int maxBatch, double weightBytes, double bytesPerSequence,
                                          double activeFlopsPerToken, int tp, double bandwidth, double flops,
                                          double efficiency) {
        int lo = 0;
        int hi = maxBatch;
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            double tpot = stepS(mid, weightBytes, bytesPerSequence, activeFlopsPerToken, tp, bandwidth, flops) / efficiency;
            if (tpot <= tpotLimitS) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
