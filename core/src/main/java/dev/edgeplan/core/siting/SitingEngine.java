package dev.edgeplan.core.siting;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.StepListener;
import dev.edgeplan.core.demand.DemandPoint;
import dev.edgeplan.core.demand.DemandTable;
import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.location.LocationProblem;
import dev.edgeplan.core.location.LocationSolution;
import dev.edgeplan.core.location.LocationSolvers;
import dev.edgeplan.core.location.SolveOptions;
import dev.edgeplan.core.location.UncoverableClientsException;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.SitingPolicy;
import dev.edgeplan.core.scenario.Workload;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Chooses sites with the exact location solvers ({@link LocationSolvers}) and serves each demand point from its
 * nearest open site within its workload's round-trip budget.
 *
 * <p>Clients are the (workload, point) pairs with demand; each weighs its design-year peak in
 * accelerator-equivalents so token-heavy and per-sample requests compare on what they cost. Distances are
 * normalised by the workload's budget — d = backbone RTT (+ site processing) ÷ (budget − access RTT) — so "within
 * SLO" is d ≤ 1 for every workload at once:
 * <pre>
 * max_coverage    maximise covered weight (k covers each) with p = max_sites sites
 * min_cost_cover  fewest sites covering every point (k covers), or the smallest p reaching the target share
 * p_median        p sites minimising Σ weight × RTT
 * p_center        p sites minimising the largest d
 * </pre>
 */
public final class SitingEngine {

    /** Normalised distance standing for "no budget at all" (the workload's access alone exceeds its SLO). */
    private static final double UNREACHABLE = 1e6;
    private static final double WITHIN_BUDGET = 1.0;
    /** Progress reports while the latency matrix fills. */
    private static final int PROGRESS_REPORTS = 100;

    private SitingEngine() {
    }

    /**
     * @param weightPerRequest [workload] weight of one peak request/s (the planner passes accelerators per request/s)
     * @param designYear       [workload] the year whose peak the weights use
     * @param maxSites         p for the models that open a fixed number of sites; empty = for max_coverage, the
     *                         fewest sites covering all the demand any candidate can reach
     * @param siteCapacity     [candidate] weight a site can carry (capacitated model; same unit as the weights)
     * @param siteCostUsd      [candidate] what a site costs against the policy's budget (max_coverage with budget_usd)
     */
    public static SitingResult solve(DemandTable demand, List<CandidateSite> candidates, LatencyModel latency,
                                     double[] weightPerRequest, int[] designYear, OptionalInt maxSites,
                                     double[] siteCapacity, double[] siteCostUsd, SitingPolicy policy) {
        return solve(demand, candidates, latency, weightPerRequest, designYear, maxSites, siteCapacity, siteCostUsd,
                policy, StepListener.NONE);
    }

    /** As above, telling {@code matrixRows} how many demand points' round trips are computed (the large-scale cost). */
    public static SitingResult solve(DemandTable demand, List<CandidateSite> candidates, LatencyModel latency,
                                     double[] weightPerRequest, int[] designYear, OptionalInt maxSites,
                                     double[] siteCapacity, double[] siteCostUsd, SitingPolicy policy,
                                     StepListener matrixRows) {
        Clients c = Clients.of(demand, candidates, latency, weightPerRequest, designYear, matrixRows);
        int nSites = candidates.size();
        int p = Math.max(1, Math.min(maxSites.orElse(nSites), nSites));
        SolveOptions options = new SolveOptions(policy.timeLimitS(), switch (policy.solver()) {
            case AUTO -> SolveOptions.Mode.AUTO;
            case EXACT -> SolveOptions.Mode.EXACT;
            case HEURISTIC -> SolveOptions.Mode.HEURISTIC;
        });
        if (c.count() == 0) {
            return assign(c, new int[0], demand, latency, new SolverReport(policy.model().key(), "none", 0, 0, 0, true,
                    0, 0, 0, 0, 0, ""), 1, null);
        }
        int covers = Math.min(policy.covers(), nSites);
        LocationProblem normalised = new LocationProblem(c.count(), nSites, c.weight, new double[nSites],
                unlimited(nSites), c.normalised);
        LocationSolution solution = switch (policy.model()) {
            case MAX_COVERAGE -> policy.budgetUsd().isPresent()
                    ? LocationSolvers.maxCoverageWithinBudget(new LocationProblem(c.count(), nSites, c.weight,
                    siteCostUsd.clone(), unlimited(nSites), c.normalised), WITHIN_BUDGET, policy.budgetUsd().getAsDouble(),
                    options)
                    : maxSites.isPresent()
                    ? LocationSolvers.maxCoverage(normalised, WITHIN_BUDGET, p, covers, options)
                    : coverReachable(c, covers, options);
            case MIN_COST_COVER -> minCostCover(c, normalised, covers, policy.targetCoveragePct(), nSites, options);
            case P_MEDIAN -> LocationSolvers.pMedian(new LocationProblem(c.count(), nSites, c.weight,
                    new double[nSites], unlimited(nSites), c.weightedRttMs()), p, options);
            case P_CENTER -> LocationSolvers.pCenter(LocationProblem.ofDistances(c.count(), nSites, c.normalised), p,
                    options);
            case CAPACITATED -> capacitated(c, siteCapacity, options, policy.assignment());
        };
        int[] forced = policy.model() == SitingPolicy.Model.CAPACITATED ? solution.assignment() : null;
        int[] open = forced != null ? sortedUnique(solution.open()) : withLoad(c, solution.open(), covers);
        double covered = coveredWeight(c, open, -1);
        int worstSite = -1;
        double worstCovered = open.length > 0 ? Double.POSITIVE_INFINITY : 0.0;
        for (int s : open) {
            double without = coveredWeight(c, open, s);
            if (without < worstCovered) {
                worstCovered = without;
                worstSite = s;
            }
        }
        double total = c.totalWeight();
        double coveredPct = total > 0 ? 100.0 * covered / total : 0.0;
        // max coverage minimises uncovered weight: its lower bound caps what any p sites could cover
        double coveredPctBound = policy.model() == SitingPolicy.Model.MAX_COVERAGE
                && (maxSites.isPresent() || policy.budgetUsd().isPresent()) && total > 0
                ? Math.max(coveredPct, 100.0 * (total - solution.lowerBound()) / total) : coveredPct;
        SolverReport report = new SolverReport(policy.model().key(), solution.method(), solution.objective(),
                solution.lowerBound(), solution.gap(), solution.provenOptimal(), solution.seconds(), solution.nodes(),
                coveredPct, coveredPctBound, total > 0 ? 100.0 * worstCovered / total : 0.0,
                worstSite >= 0 ? candidates.get(worstSite).id() : "");
        return assign(c, open, demand, latency, report, covers, forced);
    }

    /**
     * Capacitated: clients no candidate reaches are left out (they stay uncovered); for the others, in one objective
     * ordered by priority, (1) every client within its SLO — an assignment beyond it costs more than all sites
     * together, (2) the fewest sites — one unit each, (3) the least weighted normalised distance — scaled below one
     * site. Demand splits across sites (the OR-Library capopt variant) and each client is then served from the site
     * carrying most of it; or, single-source, each client goes whole to one site (split optimum as the bound).
     */
    private static LocationSolution capacitated(Clients c, double[] siteCapacity, SolveOptions options,
                                                SitingPolicy.Assignment mode) {
        int nSites = c.sites;
        int[] reachable = java.util.stream.IntStream.range(0, c.count()).filter(i -> {
            for (int s = 0; s < nSites; s++) {
                if (c.normalised[i * nSites + s] <= WITHIN_BUDGET) {
                    return true;
                }
            }
            return false;
        }).toArray();
        double minWeight = Double.POSITIVE_INFINITY;
        double latencyScale = 0.0;
        for (int i : reachable) {
            minWeight = Math.min(minWeight, c.weight[i]);
            latencyScale += c.weight[i] * WITHIN_BUDGET;
        }
        int n = reachable.length;
        if (n == 0) {
            return new LocationSolution(new int[0], new int[0], 0, 0, 0, true, 0, 0, "none reachable");
        }
        double[] weight = new double[n];
        double[] cost = new double[n * nSites];
        for (int k = 0; k < n; k++) {
            int i = reachable[k];
            weight[k] = c.weight[i];
            for (int s = 0; s < nSites; s++) {
                double d = c.normalised[i * nSites + s];
                cost[k * nSites + s] = d <= WITHIN_BUDGET ? 0.5 * c.weight[i] * d / latencyScale
                        : (nSites + 1.0) * c.weight[i] / minWeight;
            }
        }
        double[] fixed = new double[nSites];
        Arrays.fill(fixed, 1.0);
        double total = Arrays.stream(weight).sum();
        if (Arrays.stream(siteCapacity).sum() < total) {
            throw new InfeasibleException("sites.candidates[].power_available_mw", String.format(Locale.ROOT,
                    "capacitated siting: all candidates together have power for %.1f accelerator-equivalents, the "
                            + "reachable design-year demand needs %.1f; raise power_available_mw or add candidates",
                    Arrays.stream(siteCapacity).sum(), total));
        }
        LocationProblem problem = new LocationProblem(n, nSites, weight, fixed, siteCapacity.clone(), cost);
        LocationSolution inner;
        if (mode == SitingPolicy.Assignment.SINGLE) {
            try {
                inner = LocationSolvers.capacitatedSingleSource(problem, options);
            } catch (IllegalArgumentException e) {
                throw new InfeasibleException("sites.candidates[].power_available_mw", "single-source capacitated "
                        + "siting: " + e.getMessage() + "; raise power_available_mw, add candidates, or use "
                        + "siting.assignment: split");
            }
        } else {
            inner = LocationSolvers.capacitated(problem, options);
        }
        int[] assignment = new int[c.count()];
        Arrays.fill(assignment, SitingResult.UNASSIGNED);
        for (int k = 0; k < n; k++) {
            assignment[reachable[k]] = inner.assignment()[k];
        }
        return new LocationSolution(inner.open(), assignment, inner.objective(), inner.lowerBound(), inner.gap(),
                inner.provenOptimal(), inner.seconds(), inner.nodes(), inner.method());
    }

    private static int[] sortedUnique(int[] sites) {
        return Arrays.stream(sites).distinct().sorted().toArray();
    }

    /**
     * Every point covered when the target is 100 % (exit 3 naming the points no candidate can reach); else the
     * smallest p whose maximal coverage reaches the target share.
     */
    private static LocationSolution minCostCover(Clients c, LocationProblem normalised, int covers, double targetPct,
                                                 int nSites, SolveOptions options) {
        if (targetPct >= 100.0) {
            try {
                return LocationSolvers.setCover(normalised, WITHIN_BUDGET, covers, options);
            } catch (UncoverableClientsException e) {
                throw unreachable(c, e.clients(), covers);
            }
        }
        double total = c.totalWeight();
        LocationSolution best = null;
        for (int p = 1; p <= nSites; p++) {
            best = LocationSolvers.maxCoverage(normalised, WITHIN_BUDGET, p, covers, options);
            if (total - best.objective() >= targetPct / 100.0 * total * (1 - 1e-12)) {
                return best;
            }
        }
        throw new InfeasibleException("siting.target_coverage_pct", String.format(Locale.ROOT,
                "even every candidate together covers only %.1f %% of demand within its SLO, below the target %.1f %%",
                100.0 * (total - best.objective()) / total, targetPct));
    }

    private static InfeasibleException unreachable(Clients c, int[] clients, int covers) {
        Set<String> names = new LinkedHashSet<>();
        for (int i : clients) {
            names.add(c.demand.points().get(c.point[i]).name() + " (" + c.demand.workloads().get(c.workload[i]).id() + ")");
        }
        List<String> listed = names.stream().limit(10).toList();
        return new InfeasibleException("siting.model", String.format(Locale.ROOT,
                "min_cost_cover needs every demand point within its SLO of %d candidate site%s, but %d point(s) "
                        + "have fewer: %s%s; add candidates near them, relax latency_slo_ms, or set "
                        + "siting.target_coverage_pct below 100", covers, covers == 1 ? "" : "s", names.size(),
                String.join(", ", listed), names.size() > listed.size() ? ", …" : ""));
    }

    /** The fewest sites covering every client that has {@code covers} candidates in reach (the rest stay uncovered). */
    private static LocationSolution coverReachable(Clients c, int covers, SolveOptions options) {
        int nSites = c.sites;
        int[] reachable = java.util.stream.IntStream.range(0, c.count()).filter(i -> {
            int within = 0;
            for (int s = 0; s < nSites; s++) {
                within += c.normalised[i * nSites + s] <= WITHIN_BUDGET ? 1 : 0;
            }
            return within >= covers;
        }).toArray();
        if (reachable.length == 0) {
            return new LocationSolution(new int[0], new int[0], 0, 0, 0, true, 0, 0, "none reachable");
        }
        double[] weight = new double[reachable.length];
        double[] distance = new double[reachable.length * nSites];
        for (int k = 0; k < reachable.length; k++) {
            weight[k] = c.weight[reachable[k]];
            System.arraycopy(c.normalised, reachable[k] * nSites, distance, k * nSites, nSites);
        }
        return LocationSolvers.setCover(new LocationProblem(reachable.length, nSites, weight, new double[nSites],
                unlimited(nSites), distance), WITHIN_BUDGET, covers, options);
    }

    /**
     * The solver's open sites, ascending, less those that would carry no load: with one cover a site nobody is
     * nearest to; with two, one that is neither nearest nor next-nearest in reach to anybody.
     */
    private static int[] withLoad(Clients c, int[] open, int covers) {
        Set<Integer> used = new java.util.TreeSet<>();
        for (int i = 0; i < c.count(); i++) {
            int[] nearest = nearestWithin(c, i, open, covers);
            for (int s : nearest) {
                if (s >= 0) {
                    used.add(s);
                }
            }
        }
        return used.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The {@code k} nearest open sites within budget of client {@code i}, nearest first (−1 pads). */
    private static int[] nearestWithin(Clients c, int i, int[] open, int k) {
        int[] best = new int[k];
        Arrays.fill(best, -1);
        for (int s : open) {
            double d = c.normalised[i * c.sites + s];
            if (d > WITHIN_BUDGET) {
                continue;
            }
            for (int slot = 0; slot < k; slot++) {
                if (best[slot] < 0 || d < c.normalised[i * c.sites + best[slot]]) {
                    System.arraycopy(best, slot, best, slot + 1, k - slot - 1);
                    best[slot] = s;
                    break;
                }
            }
        }
        return best;
    }

    /** Weight within budget of an open site, leaving out {@code lost} (−1 = none). */
    private static double coveredWeight(Clients c, int[] open, int lost) {
        double sum = 0.0;
        int nSites = c.sites;
        for (int i = 0; i < c.count(); i++) {
            for (int s : open) {
                if (s != lost && c.normalised[i * nSites + s] <= WITHIN_BUDGET) {
                    sum += c.weight[i];
                    break;
                }
            }
        }
        return sum;
    }

    /** @param forced [client] the site the solver assigned it to (capacitated), or null for nearest within budget */
    private static SitingResult assign(Clients c, int[] open, DemandTable demand, LatencyModel latency,
                                       SolverReport report, int covers, int[] forced) {
        int nWorkloads = demand.workloads().size();
        int nPoints = demand.points().size();
        int[][] assigned = new int[nWorkloads][nPoints];
        int[][] backup = new int[nWorkloads][nPoints];
        double[][] rtt = new double[nWorkloads][nPoints];
        for (int[] row : backup) {
            Arrays.fill(row, SitingResult.UNASSIGNED);
        }
        for (int w = 0; w < nWorkloads; w++) {
            double budgetMs = c.backboneBudgetMs[w];
            for (int pt = 0; pt < nPoints; pt++) {
                int best = SitingResult.UNASSIGNED;
                int second = SitingResult.UNASSIGNED;
                for (int s : open) {
                    double r = c.backboneRttMs[pt * c.sites + s];
                    if (r > budgetMs) {
                        continue;
                    }
                    if (best < 0 || r < c.backboneRttMs[pt * c.sites + best]) {
                        second = best;
                        best = s;
                    } else if (second < 0 || r < c.backboneRttMs[pt * c.sites + second]) {
                        second = s;
                    }
                }
                assigned[w][pt] = best;
                backup[w][pt] = covers > 1 ? second : SitingResult.UNASSIGNED;
            }
        }
        if (forced != null) {
            for (int i = 0; i < c.count(); i++) {
                int s = forced[i];
                if (s >= 0 && c.normalised[i * c.sites + s] <= WITHIN_BUDGET) {
                    assigned[c.workload[i]][c.point[i]] = s;
                }
            }
        }
        for (int w = 0; w < nWorkloads; w++) {
            double accessMs = latency.sloAccessRttMs(demand.workloads().get(w).access());
            for (int pt = 0; pt < nPoints; pt++) {
                int best = assigned[w][pt];
                rtt[w][pt] = best == SitingResult.UNASSIGNED ? 0.0 : c.backboneRttMs[pt * c.sites + best] + accessMs;
            }
        }
        return new SitingResult(open, assigned, rtt, backup, report);
    }

    private static double[] unlimited(int n) {
        double[] capacity = new double[n];
        Arrays.fill(capacity, Double.POSITIVE_INFINITY);
        return capacity;
    }

    /**
     * Backbone round trips plus each site's processing time, at the percentile SLO checks use
     * ({@code network.slo_check}), row-major [point × site], primitive for the hot loops.
     */
    public static double[] backboneMatrix(List<DemandPoint> points, List<CandidateSite> sites, LatencyModel latency) {
        return backboneMatrix(points, sites, latency, StepListener.NONE);
    }

    /** As above, reporting rows done to {@code rows} on the calling thread about a hundred times. */
    public static double[] backboneMatrix(List<DemandPoint> points, List<CandidateSite> sites, LatencyModel latency,
                                          StepListener rows) {
        int nSites = sites.size();
        double[] sitePhi = new double[nSites];
        double[] siteCosPhi = new double[nSites];
        double[] siteLon = new double[nSites];
        double[] siteProcessingMs = new double[nSites];
        for (int s = 0; s < nSites; s++) {
            CandidateSite site = sites.get(s);
            sitePhi[s] = Math.toRadians(site.lat());
            siteCosPhi[s] = Math.cos(sitePhi[s]);
            siteLon[s] = site.lon();
            siteProcessingMs[s] = site.processingMs();
        }
        int nPoints = points.size();
        double[] m = new double[nPoints * nSites];
        // rows are independent: each batch filled in parallel, each cell by the same arithmetic as a single call
        int batch = Math.max(1, nPoints / PROGRESS_REPORTS);
        for (int from = 0; from < nPoints; from += batch) {
            IntStream.range(from, Math.min(nPoints, from + batch)).parallel().forEach(p -> {
                DemandPoint point = points.get(p);
                double phi = Math.toRadians(point.lat());
                double cosPhi = Math.cos(phi);
                int row = p * nSites;
                for (int s = 0; s < nSites; s++) {
                    double km = GreatCircle.distanceKm(phi, cosPhi, point.lon(), sitePhi[s], siteCosPhi[s], siteLon[s]);
                    m[row + s] = latency.sloBackboneRttMs(km) + siteProcessingMs[s];
                }
            });
            rows.step(Math.min(nPoints, from + batch), nPoints);
        }
        return m;
    }

    /** The (workload, point) pairs with demand, their weights and budget-normalised distances. */
    private static final class Clients {
        final DemandTable demand;
        final int sites;
        final int[] workload;
        final int[] point;
        final double[] weight;
        final double[] normalised;
        final double[] backboneRttMs;
        final double[] backboneBudgetMs;

        private Clients(DemandTable demand, int sites, int[] workload, int[] point, double[] weight,
                        double[] normalised, double[] backboneRttMs, double[] backboneBudgetMs) {
            this.demand = demand;
            this.sites = sites;
            this.workload = workload;
            this.point = point;
            this.weight = weight;
            this.normalised = normalised;
            this.backboneRttMs = backboneRttMs;
            this.backboneBudgetMs = backboneBudgetMs;
        }

        static Clients of(DemandTable demand, List<CandidateSite> candidates, LatencyModel latency,
                          double[] weightPerRequest, int[] designYear, StepListener matrixRows) {
            int nPoints = demand.points().size();
            int nSites = candidates.size();
            int nWorkloads = demand.workloads().size();
            double[] rtt = backboneMatrix(demand.points(), candidates, latency, matrixRows);
            double[] budget = new double[nWorkloads];
            int count = 0;
            for (int w = 0; w < nWorkloads; w++) {
                Workload workload = demand.workloads().get(w);
                budget[w] = workload.networkBudgetMs() - latency.sloAccessRttMs(workload.access());
                for (int p = 0; p < nPoints; p++) {
                    count += weightPerRequest[w] * demand.peakRequestsPerS(w, p, designYear[w]) > 0 ? 1 : 0;
                }
            }
            int[] workload = new int[count];
            int[] point = new int[count];
            double[] weight = new double[count];
            double[] normalised = new double[count * nSites];
            int i = 0;
            for (int w = 0; w < nWorkloads; w++) {
                for (int p = 0; p < nPoints; p++) {
                    double wt = weightPerRequest[w] * demand.peakRequestsPerS(w, p, designYear[w]);
                    if (wt <= 0) {
                        continue;
                    }
                    workload[i] = w;
                    point[i] = p;
                    weight[i] = wt;
                    for (int s = 0; s < nSites; s++) {
                        normalised[i * nSites + s] = budget[w] > 0
                                ? Math.min(UNREACHABLE, rtt[p * nSites + s] / budget[w]) : UNREACHABLE;
                    }
                    i++;
                }
            }
            return new Clients(demand, nSites, workload, point, weight, normalised, rtt, budget);
        }

        int count() {
            return weight.length;
        }

        double totalWeight() {
            double sum = 0.0;
            for (double w : weight) {
                sum += w;
            }
            return sum;
        }

        /** Σ weight × round trip as the p-median cost (backbone part; the access part is a constant per client). */
        double[] weightedRttMs() {
            double[] cost = new double[count() * sites];
            for (int i = 0; i < count(); i++) {
                for (int s = 0; s < sites; s++) {
                    cost[i * sites + s] = weight[i] * backboneRttMs[point[i] * sites + s];
                }
            }
            return cost;
        }
    }
}
