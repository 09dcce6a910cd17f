package dev.edgeplan.core.plan;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.demand.DemandPoint;
import dev.edgeplan.core.demand.DemandTable;
import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.Workload;

import java.util.List;

/** Explains why no candidate serves any demand: the closest pair's round trip against the budget. */
final class NoCoverage {

    private NoCoverage() {
    }

    static InfeasibleException explain(DemandTable demand, List<CandidateSite> candidates, LatencyModel latency) {
        StringBuilder message = new StringBuilder("no candidate site is within the round-trip budget of any demand point:");
        int firstWorkload = -1;
        for (int w = 0; w < demand.workloads().size(); w++) {
            Workload workload = demand.workloads().get(w);
            double bestKm = Double.MAX_VALUE;
            double bestProcessingMs = 0.0;
            for (int p = 0; p < demand.points().size(); p++) {
                if (demand.averageRequestsPerS()[w][p] <= 0) {
                    continue;
                }
                DemandPoint point = demand.points().get(p);
                for (CandidateSite site : candidates) {
                    double km = GreatCircle.distanceKm(point.lat(), point.lon(), site.lat(), site.lon());
                    if (km < bestKm) {
                        bestKm = km;
                        bestProcessingMs = site.processingMs();
                    }
                }
            }
            if (bestKm == Double.MAX_VALUE) {
                continue;
            }
            firstWorkload = firstWorkload < 0 ? w : firstWorkload;
            double accessMs = latency.sloAccessRttMs(workload.access());
            message.append(String.format(" workload '%s' allows %.1f ms (latency_slo_ms %.1f − service_time_ms %.1f) but "
                            + "the closest site is %.0f km away: %.1f ms backbone + %.1f ms %s access + %.1f ms site processing "
                            + "(%s estimate, network.slo_check);",
                    workload.id(), workload.networkBudgetMs(), workload.latencySloMs(), workload.serviceTimeMs(), bestKm,
                    latency.sloBackboneRttMs(bestKm), accessMs, workload.access().key(), bestProcessingMs,
                    latency.network().sloCheck().key()));
        }
        message.append(" add candidate sites closer to demand or relax the SLO");
        return new InfeasibleException("workloads[" + Math.max(0, firstWorkload) + "].latency_slo_ms", message.toString());
    }
}
