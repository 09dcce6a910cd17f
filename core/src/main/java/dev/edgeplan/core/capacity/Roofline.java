package dev.edgeplan.core.capacity;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.Precision;

import java.util.ArrayList;
import java.util.List;

/**
 * Analytical throughput of one model replica (tier B of shared/research/inference-sizing.md §4.3).
 * Per replica of TP accelerators:
 * <pre>
 * W      = P_total × b_w                                   weight bytes
 * kv     = layers × kv_elements_per_layer × b_kv           KV bytes per token
 * ctx    = ISL + OSL/2                                     mean resident context
 * B_mem  = floor((η_mem × M × TP − W) / (kv × ctx))
 * t_ar(n)= A · (α + n·h·b_a · 2(TP−1)/TP ÷ busbw)          tensor-parallel all-reduces for n tokens (0 at TP 1)
 * t_step = max((W + B·kv·ctx) / (TP·BW), 2·P_active·B / (TP·F)) + t_ar(B)       one decode step
 * t_pre  = max(2·P_active·ISL / (TP·F), t_ar(ISL) − A·α)  prefill per request (α amortised over a batch)
 * X_rep  = η · B / (t_step + B·t_pre/OSL)                  output tokens/s per replica
 * TPOT   = t_step / η                                      → B is the largest batch meeting the TPOT limit
 * </pre>
 * A = 2 all-reduces per layer, h = hidden size, b_a = 2 bytes (BF16 activations), α and busbw from the
 * accelerator's catalog row. In decode the all-reduce adds to the step: a step's GEMMs are small and the reduction
 * runs between them. In prefill it overlaps the compute-bound GEMMs (chunked prefill pipelines one chunk's
 * reduction with the next chunk's GEMMs), so only the longer of the two counts.
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
        if (accelerator.denseTflops(weights) <= 0 || accelerator.memBwTbps() <= 0 || accelerator.memoryGb() <= 0) {
            return null;
        }
        // Without a TPOT limit: the smallest TP that holds the model and MIN_CONCURRENT_SEQUENCES sequences (else the
        // best found). With one: the TP giving the most tokens per accelerator within the limit.
        Result best = null;
        for (int tp : CapacityDefaults.TENSOR_PARALLEL_OPTIONS) {
            if (tp > maxTensorParallel || (fixedTensorParallel > 0 && tp != fixedTensorParallel)) {
                continue;
            }
            Result r = new Replica(model, accelerator, weights, inputTokens, outputTokens, tp)
                    .throughput(tpotLimitMs, efficiency);
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

    /** One result per tensor-parallel size that holds the model and meets the TPOT limit, smallest TP first. */
    public static List<Result> evaluateAll(ModelProfile model, Accelerator accelerator, Precision weights,
                                           int inputTokens, int outputTokens, double tpotLimitMs, double efficiency,
                                           int maxTensorParallel) {
        List<Result> all = new ArrayList<>();
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

    /**
     * Every batch from the largest meeting the TPOT limit down to one, for each tensor-parallel size: a looser limit
     * then offers every configuration a tighter one does, so the capacity engine's choice can only improve as the
     * limit loosens (a smaller batch holds each request for less time, which can need fewer replicas for TTFT).
     */
    public static List<Result> evaluateAllBatches(ModelProfile model, Accelerator accelerator, Precision weights,
                                                  int inputTokens, int outputTokens, double tpotLimitMs,
                                                  double efficiency, int maxTensorParallel) {
        List<Result> all = new ArrayList<>();
        for (Result largest : evaluateAll(model, accelerator, weights, inputTokens, outputTokens, tpotLimitMs, efficiency,
                maxTensorParallel)) {
            Replica replica = new Replica(model, accelerator, weights, inputTokens, outputTokens, largest.tensorParallel());
            for (int b = largest.batch(); b >= 1; b--) {
                all.add(b == largest.batch() ? largest : replica.atBatch(b, efficiency));
            }
        }
        return all;
    }

    /** The fixed quantities of one replica; its step time is a function of the batch only. */
    record Replica(int tp, double weightBytes, double bytesPerSequence, double memoryBytes, double bandwidthBytesPerS,
                   double flopsPerS, double activeFlopsPerToken, int inputTokens, int outputTokens,
                   double allreduceBytesPerToken, double allreducesPerStep, double allreduceLatencyS,
                   double busBytesPerS) {

        Replica(ModelProfile model, Accelerator accelerator, Precision weights, int inputTokens, int outputTokens,
                int tp) {
            this(tp, model.paramsTotalB() * 1e9 * weights.bytesPerValue(),
                    kvBytesPerToken(model, accelerator) * (inputTokens + outputTokens / 2.0),
                    accelerator.memoryGb() * 1e9, accelerator.memBwTbps() * 1e12,
                    accelerator.denseTflops(weights) * 1e12, 2.0 * model.paramsActiveB() * 1e9, inputTokens,
                    outputTokens,
                    // ring all-reduce moves 2(TP−1)/TP of the message over each accelerator's link (NCCL busbw)
                    (double) model.hiddenSize() * CapacityDefaults.ALLREDUCE_BYTES_PER_VALUE * 2.0 * (tp - 1) / tp,
                    tp > 1 ? (double) CapacityDefaults.ALLREDUCES_PER_LAYER * model.layers() : 0.0,
                    accelerator.allreduceLatencyUs() * 1e-6, accelerator.allreduceBusGbPerS() * 1e9);
        }

        private static double kvBytesPerToken(ModelProfile model, Accelerator accelerator) {
            // FP8 KV cache where the accelerator has FP8 (as the research's calibration assumes), else BF16.
            double bytesPerValue = accelerator.fp8DenseTflops() > 0
                    ? Precision.FP8.bytesPerValue() : Precision.BF16.bytesPerValue();
            return (double) model.layers() * model.kvElementsPerTokenPerLayer() * bytesPerValue;
        }

        /** Time of the tensor-parallel all-reduces for {@code tokens} tokens, bandwidth part only. */
        double allreduceTransferS(double tokens) {
            return allreducesPerStep * tokens * allreduceBytesPerToken / busBytesPerS;
        }

        double stepS(int batch) {
            double memoryS = (weightBytes + batch * bytesPerSequence) / (tp * bandwidthBytesPerS);
            double computeS = activeFlopsPerToken * batch / (tp * flopsPerS);
            return Math.max(memoryS, computeS) + allreducesPerStep * allreduceLatencyS + allreduceTransferS(batch);
        }

        double prefillS() {
            return Math.max(activeFlopsPerToken * inputTokens / (tp * flopsPerS), allreduceTransferS(inputTokens));
        }

        Result throughput(double tpotLimitMs, double efficiency) {
            double free = CapacityDefaults.MEMORY_USABLE_FRACTION * memoryBytes * tp - weightBytes;
            long maxBatch = (long) Math.floor(free / bytesPerSequence);
            if (maxBatch < 1) {
                return null;
            }
            int batch = (int) Math.min(maxBatch, Integer.MAX_VALUE / 2);
            if (tpotLimitMs > 0) {
                batch = largestBatchWithin(tpotLimitMs / 1000.0 * efficiency, batch);
                if (batch < 1) {
                    return null;
                }
            }
            return atBatch(batch, efficiency);
        }

        Result atBatch(int batch, double efficiency) {
            double stepS = stepS(batch);
            double prefillS = prefillS();
            double tokensPerS = efficiency * batch / (stepS + batch * prefillS / outputTokens);
            return new Result(tp, batch, stepS / efficiency * 1000.0, prefillS * 1000.0, tokensPerS);
        }

        /** Binary search: the step time grows with the batch, so the step limit bounds it from above. */
        private int largestBatchWithin(double stepLimitS, int maxBatch) {
            int lo = 0;
            int hi = maxBatch;
            while (lo < hi) {
                int mid = lo + (hi - lo + 1) / 2;
                if (stepS(mid) <= stepLimitS) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }
}
