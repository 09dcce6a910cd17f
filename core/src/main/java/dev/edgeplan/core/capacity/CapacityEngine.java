package dev.edgeplan.core.capacity;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.capacity.queue.ErlangC;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.HardwareChoice;
import dev.edgeplan.core.scenario.Serving;
import dev.edgeplan.core.scenario.Workload;

import java.util.List;

/**
 * Sizes one workload at one site (shared/research/inference-sizing.md §4.2–4.6):
 * <pre>
 * planned     = X_accel × η_sw                                (X_accel from {@link ThroughputModel})
 * R_tokens    = ceil(demand_units_per_s / (planned × TP × ρ_max))
 * R_queue     = slots for P(wait &gt; TTFT − prefill) ≤ 1 − p (M/G/c, Allen–Cunneen) ÷ slots per replica (LLM)
 *               accelerators for P(wait &gt; service_time − 1/μ) ≤ 1 − p ÷ TP           (per-sample workloads)
 * replicas    = max(R_tokens, R_queue) + spares;  accelerators = replicas × TP
 * servers     = ceil(replicas / floor(accelerators_per_server / TP))
 * </pre>
 */
public final class CapacityEngine {

    /** Guards ceil() against floating-point noise such as 4.000000000001. */
    private static final double CEIL_TOLERANCE = 1e-9;

    private CapacityEngine() {
    }

    /** Sizes every option and keeps the one needing the fewest accelerators (then servers; then the first). */
    public static WorkloadCapacity sizeBest(Workload workload, ModelProfile model, List<Throughput> options,
                                            ServerModel server, HardwareChoice hardware, double peakRequestsPerS) {
        return sizeBest(workload, model, ThroughputOptions.of(options), server, hardware, peakRequestsPerS);
    }

    /**
     * As above, with the options' rate order built once: the result is the option with the fewest accelerators, then
     * servers, then the lowest index in {@link ThroughputOptions#all()}, as a scan of every option in list order gives.
     * An option whose prefill alone exceeds the TTFT limit is passed over; only when every option is infeasible is
     * the first such problem (fastest option first) thrown.
     */
    public static WorkloadCapacity sizeBest(Workload workload, ModelProfile model, ThroughputOptions options,
                                            ServerModel server, HardwareChoice hardware, double peakRequestsPerS) {
        WorkloadCapacity best = null;
        int bestIndex = -1;
        InfeasibleException firstInfeasible = null;
        double demandUnitsPerS = peakRequestsPerS * unitsPerRequest(workload, model);
        double rho = hardware.targetUtilizationPct() / 100.0;
        // accelerators ≥ ceil(x − tol) × TP ≥ demand / (planned × ρ) − tol × TP: one accelerator of slack covers both
        double slack = 1.0 + CEIL_TOLERANCE * options.maxTensorParallel();
        for (int rank = 0; rank < options.size(); rank++) {
            int index = options.fastest(rank);
            Throughput option = options.all().get(index);
            double planned = plannedPerAcceleratorPerS(option, hardware);
            int tp = Math.max(1, option.tensorParallel());
            if (best != null) {
                // this option and every slower one need more accelerators for throughput alone than the best
                if (demandUnitsPerS / (planned * rho) > best.accelerators() + slack) {
                    break;
                }
                int forThroughput = ceil(demandUnitsPerS / (planned * tp * rho));
                int bound = (forThroughput + (forThroughput > 0 ? workload.spareReplicas() : 0)) * tp;
                // an equal count on the same TP is the same servers too: only a smaller count (or index) could win
                if (bound > best.accelerators() || (bound == best.accelerators()
                        && tp == best.throughput().tensorParallel() && index > bestIndex)) {
                    continue;
                }
            }
            WorkloadCapacity c;
            try {
                c = size(workload, model, option, server, hardware, peakRequestsPerS);
            } catch (InfeasibleException e) {
                if (firstInfeasible == null) {
                    firstInfeasible = e;
                }
                continue;
            }
            if (best == null || c.accelerators() < best.accelerators()
                    || (c.accelerators() == best.accelerators() && (c.servers() < best.servers()
                    || (c.servers() == best.servers() && index < bestIndex)))) {
                best = c;
                bestIndex = index;
            }
        }
        if (best == null) {
            if (firstInfeasible != null) {
                throw firstInfeasible;
            }
            throw new IllegalArgumentException("no throughput option for workload " + workload.id());
        }
        return best;
    }

    public static WorkloadCapacity size(Workload workload, ModelProfile model, Throughput throughput,
                                        ServerModel server, HardwareChoice hardware, double peakRequestsPerS) {
        double demandUnitsPerS = peakRequestsPerS * unitsPerRequest(workload, model);
        double planned = plannedPerAcceleratorPerS(throughput, hardware);
        int tp = Math.max(1, throughput.tensorParallel());
        double perReplica = planned * tp;
        double rho = hardware.targetUtilizationPct() / 100.0;
        int replicasForThroughput = ceil(demandUnitsPerS / (perReplica * rho));
        QueueCheck queue = queueCheck(workload, model, throughput, perReplica, peakRequestsPerS, replicasForThroughput);
        int working = Math.max(replicasForThroughput, queue.replicas());
        int spares = working > 0 ? workload.spareReplicas() : 0;
        int replicas = working + spares;
        int replicasPerServer = Math.max(1, server.acceleratorsPerServer() / tp);
        int servers = ceilDiv(replicas, replicasPerServer);
        double utilizationPct = working > 0 ? 100.0 * demandUnitsPerS / (working * perReplica) : 0.0;
        double serverUnitsPerS = throughput.perAcceleratorPerS() * server.acceleratorsPerServer();
        double joules = serverUnitsPerS > 0 ? server.loadedKw() * 1000.0 / serverUnitsPerS : 0.0;
        return new WorkloadCapacity(workload.id(), peakRequestsPerS, demandUnitsPerS, model.throughputUnit(),
                throughput, planned, replicasForThroughput, queue.replicas(), spares, replicas, replicas * tp, servers,
                utilizationPct, queue.pWait(), queue.ttftMs(), servers * server.nameplateKw(), servers * server.loadedKw(),
                joules);
    }

    private record QueueCheck(int replicas, double pWait, double ttftMs) {
        static final QueueCheck NONE = new QueueCheck(0, 0.0, 0.0);
    }

    /**
     * A request holds one of a replica's concurrent slots for S = prefill + output tokens × TPOT; slots per
     * replica = replica tokens/s × TPOT (Little's law). The TTFT limit leaves TTFT − prefill for queueing.
     */
    private static QueueCheck queueCheck(Workload workload, ModelProfile model, Throughput throughput,
                                         double perReplicaTokensPerS, double peakRequestsPerS, int replicasForThroughput) {
        if (workload.serving() == Serving.OFFLINE || peakRequestsPerS <= 0) {
            return QueueCheck.NONE;
        }
        if (!model.kind().countsTokens()) {
            return sampleQueueCheck(workload, throughput, perReplicaTokensPerS, peakRequestsPerS, replicasForThroughput);
        }
        if (throughput.tpotMs() <= 0) {
            return QueueCheck.NONE;
        }
        double tpotS = throughput.tpotMs() / 1000.0;
        double prefillS = throughput.prefillMs() / 1000.0;
        double holdS = prefillS + workload.outputTokensPerRequest() * tpotS;
        double slotsPerReplica = Math.max(1.0, perReplicaTokensPerS * tpotS);
        double offered = peakRequestsPerS * holdS;
        double waitBudgetS = workload.ttftMs() > 0 ? workload.ttftMs() / 1000.0 - prefillS : Double.POSITIVE_INFINITY;
        if (waitBudgetS <= 0) {
            throw new InfeasibleException("workloads[" + workload.id() + "].ttft_ms", String.format(java.util.Locale.ROOT,
                    "workload '%s': prefill alone takes %.0f ms on this accelerator, above ttft_ms %.0f; raise ttft_ms, "
                            + "shorten prompts or choose a faster accelerator", workload.id(), prefillS * 1000.0,
                    workload.ttftMs()));
        }
        int replicas;
        if (Double.isInfinite(waitBudgetS)) {
            replicas = 0;
        } else {
            int slots = ErlangC.serversForWaitPercentile(offered, holdS, waitBudgetS, workload.sloPercentile(),
                    workload.arrivalCv2(), workload.serviceCv2());
            replicas = (int) Math.ceil(slots / slotsPerReplica - CEIL_TOLERANCE);
        }
        int installed = Math.max(replicas, replicasForThroughput);
        int slots = (int) Math.floor(installed * slotsPerReplica);
        if (slots <= offered) {
            return new QueueCheck(replicas, 1.0, 0.0);
        }
        double pWait = ErlangC.probabilityOfWait(slots, offered);
        double waitAtPercentile = waitQuantileS(slots, offered, pWait, holdS, workload);
        return new QueueCheck(replicas, pWait, (prefillS + waitAtPercentile) * 1000.0);
    }

    /**
     * Vision, speech and other per-sample workloads: each accelerator serves samples at its planned rate μ, so a
     * request holds one for 1/μ; the site's share of the SLO ({@code service_time_ms}) minus that leaves the wait
     * budget, checked at the SLO percentile with the same M/G/c tail as LLMs. The reported latency is processing
     * plus the wait at the percentile. 1/μ is the batch-amortised time per sample, so a single request's latency
     * on a batching server can be longer: the budget is a queueing check, not a kernel-latency model.
     */
    private static QueueCheck sampleQueueCheck(Workload workload, Throughput throughput, double perReplicaSamplesPerS,
                                               double peakRequestsPerS, int replicasForThroughput) {
        int tp = Math.max(1, throughput.tensorParallel());
        double holdS = tp / perReplicaSamplesPerS;
        double offered = peakRequestsPerS * holdS;
        // service_time_ms 0 (the default) gives the whole SLO to the network: the wait is reported, not constrained
        double waitBudgetS = workload.serviceTimeMs() > 0 ? workload.serviceTimeMs() / 1000.0 - holdS
                : Double.POSITIVE_INFINITY;
        if (waitBudgetS <= 0) {
            throw new InfeasibleException("workloads[" + workload.id() + "].service_time_ms", String.format(
                    java.util.Locale.ROOT, "workload '%s': one sample takes %.2f ms of accelerator time, above "
                            + "service_time_ms %.2f; raise service_time_ms or choose a faster accelerator",
                    workload.id(), holdS * 1000.0, workload.serviceTimeMs()));
        }
        int replicas = Double.isInfinite(waitBudgetS) ? 0 : ceilDiv(ErlangC.serversForWaitPercentile(offered, holdS,
                waitBudgetS, workload.sloPercentile(), workload.arrivalCv2(), workload.serviceCv2()), tp);
        int installed = Math.max(replicas, replicasForThroughput) * tp;
        if (installed <= offered) {
            return new QueueCheck(replicas, 1.0, 0.0);
        }
        double pWait = ErlangC.probabilityOfWait(installed, offered);
        double waitAtPercentile = waitQuantileS(installed, offered, pWait, holdS, workload);
        return new QueueCheck(replicas, pWait, (holdS + waitAtPercentile) * 1000.0);
    }

    /**
     * Smallest t with P(Wq &gt; t) ≤ 1 − p under the Allen–Cunneen tail (0 when the wait probability {@code pw},
     * Erlang C for these slots, is already below).
     */
    private static double waitQuantileS(int slots, double offered, double pw, double holdS, Workload workload) {
        double tail = 1.0 - workload.sloPercentile() / 100.0;
        if (pw <= tail) {
            return 0.0;
        }
        double scv = (workload.arrivalCv2() + workload.serviceCv2()) / 2.0;
        return Math.log(pw / tail) * holdS * Math.max(scv, 1e-9) / (slots - offered);
    }

    /** Throughput one accelerator is counted on for: the estimate × software efficiency (before target utilization). */
    public static double plannedPerAcceleratorPerS(Throughput throughput, HardwareChoice hardware) {
        return throughput.perAcceleratorPerS() * hardware.softwareEfficiencyPct() / 100.0;
    }

    /** Benchmark units one request costs: its output tokens for an LLM, one sample otherwise. */
    public static double unitsPerRequest(Workload workload, ModelProfile model) {
        return model.kind().countsTokens() ? workload.outputTokensPerRequest() : 1.0;
    }

    static int ceil(double x) {
        return x <= CEIL_TOLERANCE ? 0 : (int) Math.ceil(x - CEIL_TOLERANCE);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
