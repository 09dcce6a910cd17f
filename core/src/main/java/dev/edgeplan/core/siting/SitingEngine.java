package dev.edgeplan.core.siting;

import dev.edgeplan.core.demand.DemandPoint;
import dev.edgeplan.core.demand.DemandTable;
import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.Workload;

import java.util.Arrays;
import java.util.List;

/**
 * Greedy maximal coverage: repeatedly open the candidate that brings the most not-yet-covered demand
 * within its workload's round-trip budget, until nothing more can be covered or {@code maxSites} are
 * open; then serve each point from the nearest open site within budget. Greedy coverage is within
 * 1 − 1/e of the optimum (Nemhauser, Wolsey &amp; Fisher 1978); the siting issue replaces it with an
 * exact solver that reports its gap.
 */
public final class SitingEngine {

    private SitingEngine() {
    }

    /**
     * @param weightPerRequest [workload] weight of one peak request/s, so workloads with different
     *                         request costs compare (the planner passes accelerators per request/s)
     * @param designYear       [workload] the year whose peak the coverage is weighed by
     */
    public static SitingResult greedyCoverage(DemandTable demand, List<CandidateSite> candidates, LatencyModel latency,
                                              double[] weightPerRequest, int[] designYear, int maxSites) {
        int nPoints = demand.points().size();
        int nSites = candidates.size();
        int nWorkloads = demand.workloads().size();
        double[] backboneRttMs = backboneMatrix(demand.points(), candidates, latency);
        double[] backboneBudgetMs = new double[nWorkloads];
        double[][] weight = new double[nWorkloads][nPoints];
        for (int w = 0; w < nWorkloads; w++) {
            Workload workload = demand.workloads().get(w);
            backboneBudgetMs[w] = workload.networkBudgetMs() - latency.sloAccessRttMs(workload.access());
            for (int p = 0; p < nPoints; p++) {
                weight[w][p] = weightPerRequest[w] * demand.peakRequestsPerS(w, p, designYear[w]);
            }
        }
        boolean[][] covered = new boolean[nWorkloads][nPoints];
        boolean[] open = new boolean[nSites];
        int[] chosen = new int[Math.min(maxSites, nSites)];
        int nChosen = 0;
        while (nChosen < chosen.length) {
            int best = -1;
            double bestGain = 0.0;
            for (int s = 0; s < nSites; s++) {
                if (open[s]) {
                    continue;
                }
                double gain = 0.0;
                for (int w = 0; w < nWorkloads; w++) {
                    for (int p = 0; p < nPoints; p++) {
                        if (!covered[w][p] && backboneRttMs[p * nSites + s] <= backboneBudgetMs[w]) {
                            gain += weight[w][p];
                        }
                    }
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            open[best] = true;
            chosen[nChosen++] = best;
            for (int w = 0; w < nWorkloads; w++) {
                for (int p = 0; p < nPoints; p++) {
                    covered[w][p] |= backboneRttMs[p * nSites + best] <= backboneBudgetMs[w];
                }
            }
        }
        int[] chosenSites = Arrays.copyOf(chosen, nChosen);
        return assign(demand, latency, backboneRttMs, backboneBudgetMs, nSites, chosenSites);
    }

    private static SitingResult assign(DemandTable demand, LatencyModel latency, double[] backboneRttMs, double[] backboneBudgetMs, int nSites,
                                       int[] chosen) {
        int nWorkloads = demand.workloads().size();
        int nPoints = demand.points().size();
        int[][] assigned = new int[nWorkloads][nPoints];
        double[][] rtt = new double[nWorkloads][nPoints];
        for (int w = 0; w < nWorkloads; w++) {
            double accessMs = latency.sloAccessRttMs(demand.workloads().get(w).access());
            for (int p = 0; p < nPoints; p++) {
                int best = SitingResult.UNASSIGNED;
                double bestRtt = Double.MAX_VALUE;
                for (int s : chosen) {
                    double r = backboneRttMs[p * nSites + s];
                    if (r <= backboneBudgetMs[w] && r < bestRtt) {
                        bestRtt = r;
                        best = s;
                    }
                }
                assigned[w][p] = best;
                rtt[w][p] = best == SitingResult.UNASSIGNED ? 0.0 : bestRtt + accessMs;
            }
        }
        return new SitingResult(chosen, assigned, rtt);
    }

    /**
     * Backbone round trips plus each site's processing time, at the percentile SLO checks use
     * ({@code network.slo_check}), row-major [point × site], primitive for the hot loops above.
     */
    static double[] backboneMatrix(List<DemandPoint> points, List<CandidateSite> sites, LatencyModel latency) {
        double[] m = new double[points.size() * sites.size()];
        for (int p = 0; p < points.size(); p++) {
            DemandPoint point = points.get(p);
            for (int s = 0; s < sites.size(); s++) {
                CandidateSite site = sites.get(s);
                double km = GreatCircle.distanceKm(point.lat(), point.lon(), site.lat(), site.lon());
                m[p * sites.size() + s] = latency.sloBackboneRttMs(km) + site.processingMs();
            }
        }
        return m;
    }
}
