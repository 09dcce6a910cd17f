package dev.edgeplan.core.location;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Uncapacitated location with every client served by its {@code k} cheapest open facilities:
 * p-median ({@code p} sites, k = 1), uncapacitated facility location ({@code p} = 0: any number of sites,
 * fixed costs), and their k-cover variants (resilience: each client keeps k sites).
 *
 * <p>Relaxing "client i uses exactly k facilities" with multipliers λ<sub>i</sub> gives
 * L(λ) = k·Σλ<sub>i</sub> + min Σ<sub>j</sub> y<sub>j</sub>·ρ<sub>j</sub> with reduced costs
 * ρ<sub>j</sub> = f<sub>j</sub> + Σ<sub>i</sub> min(0, c<sub>ij</sub> − λ<sub>i</sub>), the minimum taken over
 * open sets with p sites (or ≥ k sites when p = 0). Each client's facilities are kept sorted by cost,
 * so ρ touches only the pairs with c<sub>ij</sub> &lt; λ<sub>i</sub>.
 */
final class UncapacitatedModel extends SubgradientRelaxation {

    /**
     * Local search runs on a relaxed open set only when it evaluates within this share above the incumbent:
     * wider windows found no better solutions on pmed1–40 and cost most of the node time.
     */
    private static final double LOCAL_SEARCH_WINDOW = 0.002;

    final int p;
    final int k;
    private final double[] cost;
    private final double[] fixedCost;
    /** [i*m + s] the facility with the s-th smallest cost for client i, and that cost. */
    private final int[] order;
    private final double[] sorted;
    private final double missingCost;
    private final Set<Long> searched = new HashSet<>();

    private final double[] rho;
    private final int[] scratch;

    UncapacitatedModel(LocationProblem problem, int p, int k, Deadline deadline) {
        super(problem.clients(), problem.facilities(), deadline);
        if (p < 0 || p > m || (p > 0 && p < k) || k < 1 || k > m) {
            throw new IllegalArgumentException("need k ≤ p ≤ facilities (p = 0: free), got p=" + p + ", k=" + k
                    + " with " + m + " facilities");
        }
        this.p = p;
        this.k = k;
        this.cost = problem.cost();
        this.fixedCost = problem.fixedCost();
        order = new int[n * m];
        sorted = new double[n * m];
        int[] idx = new int[m];
        double max = 0.0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                idx[j] = j;
            }
            IndexSort.sortRow(idx, cost, i * m, m);
            for (int s = 0; s < m; s++) {
                order[i * m + s] = idx[s];
                sorted[i * m + s] = cost[i * m + idx[s]];
            }
            max = Math.max(max, sorted[i * m + m - 1]);
        }
        missingCost = max + 1.0;
        rho = new double[m];
        scratch = new int[m];
    }

    // ---- primal side -------------------------------------------------------------------------------------

    /** Greedy add, then (k = 1) fast interchange; the start of every search. */
    boolean[] heuristic(Incumbent incumbent) {
        boolean[] open = greedy();
        evaluate(open, incumbent);
        start = incumbent.open != null ? incumbent.open.clone() : open;
        return start;
    }

    private boolean[] greedy() {
        boolean[] open = new boolean[m];
        double[] kth = new double[n];
        Arrays.fill(kth, missingCost);
        int count = 0;
        while (p == 0 || count < p) {
            int best = -1;
            double bestDelta = Double.POSITIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                if (open[j]) {
                    continue;
                }
                double delta = fixedCost[j];
                for (int i = 0; i < n; i++) {
                    double c = cost[i * m + j];
                    if (c < kth[i]) {
                        delta -= kth[i] - c;
                    }
                }
                if (delta < bestDelta) {
                    bestDelta = delta;
                    best = j;
                }
            }
            if (best < 0 || (p == 0 && count >= k && bestDelta >= -MOVE_EPS)) {
                break;
            }
            open[best] = true;
            count++;
            for (int i = 0; i < n; i++) {
                kth[i] = kthOpenCost(i, open);
            }
        }
        return open;
    }

    private double kthOpenCost(int i, boolean[] open) {
        int seen = 0;
        int base = i * m;
        for (int s = 0; s < m; s++) {
            if (open[order[base + s]] && ++seen == k) {
                return sorted[base + s];
            }
        }
        return missingCost;
    }

    /** Σ over clients of their k cheapest open costs plus fixed costs; +∞ with fewer than k open. */
    double cost(boolean[] open) {
        if (BranchAndBound.count(open) < Math.max(k, p)) {
            return Double.POSITIVE_INFINITY;
        }
        double total = 0.0;
        for (int j = 0; j < m; j++) {
            if (open[j]) {
                total += fixedCost[j];
            }
        }
        for (int i = 0; i < n; i++) {
            int seen = 0;
            int base = i * m;
            for (int s = 0; s < m && seen < k; s++) {
                if (open[order[base + s]]) {
                    total += sorted[base + s];
                    seen++;
                }
            }
        }
        return total;
    }

    /** Each client's cheapest open facility. */
    int[] assignment(boolean[] open) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = -1;
            for (int s = 0; s < m; s++) {
                if (open[order[i * m + s]]) {
                    a[i] = order[i * m + s];
                    break;
                }
            }
        }
        return a;
    }

    @Override
    public double evaluate(boolean[] open, Incumbent incumbent) {
        if (p > 0 && BranchAndBound.count(open) != p) {
            return Double.POSITIVE_INFINITY;
        }
        double value = cost(open);
        if (k == 1 && value < incumbent.value * (1 + LOCAL_SEARCH_WINDOW) && searched.add(hash(open))) {
            boolean[] improved = open.clone();
            double v = localSearch(improved);
            incumbent.offer(improved, v);
        }
        incumbent.offer(open, value);
        return value;
    }

    private static long hash(boolean[] open) {
        long h = 1125899906842597L;
        for (int j = 0; j < open.length; j++) {
            if (open[j]) {
                h = 31 * h + j + 1;
            }
        }
        return h;
    }

    /**
     * Best-improvement fast interchange (Whitaker 1983) for k = 1: with each client's nearest (d1, via n1) and
     * second-nearest (d2) open costs, swapping j in and r out changes the objective by
     * Σ<sub>c_ij&lt;d1</sub>(c_ij − d1) + Σ<sub>n1=r, c_ij≥d1</sub>(min(c_ij, d2) − d1) + f_j − f_r.
     * With p = 0 the add (no r) and drop (no j) moves are tried too. Returns the final objective.
     */
    double localSearch(boolean[] open) {
        int[] n1 = new int[n];
        double[] d1 = new double[n];
        double[] d2 = new double[n];
        double[] loss = new double[m];
        int[] openList = new int[m];
        while (!deadline.expired()) {
            int openCount = 0;
            for (int j = 0; j < m; j++) {
                if (open[j]) {
                    openList[openCount++] = j;
                }
            }
            nearestTwo(open, n1, d1, d2);
            double bestDelta = -MOVE_EPS;
            int bestIn = -1;
            int bestOut = -1;
            if (p == 0 && openCount > k) {
                Arrays.fill(loss, 0.0);
                for (int i = 0; i < n; i++) {
                    loss[n1[i]] += d2[i] - d1[i];
                }
                for (int o = 0; o < openCount; o++) {
                    int r = openList[o];
                    double delta = loss[r] - fixedCost[r];
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestIn = -1;
                        bestOut = r;
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                if (open[j]) {
                    continue;
                }
                for (int o = 0; o < openCount; o++) {
                    loss[openList[o]] = 0.0;
                }
                double base = fixedCost[j];
                for (int i = 0; i < n; i++) {
                    double c = cost[i * m + j];
                    if (c < d1[i]) {
                        base += c - d1[i];
                    } else {
                        loss[n1[i]] += Math.min(c, d2[i]) - d1[i];
                    }
                }
                if (p == 0 && base < bestDelta) {
                    bestDelta = base;
                    bestIn = j;
                    bestOut = -1;
                }
                for (int o = 0; o < openCount; o++) {
                    int r = openList[o];
                    double delta = base + loss[r] - fixedCost[r];
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestIn = j;
                        bestOut = r;
                    }
                }
            }
            if (bestIn < 0 && bestOut < 0) {
                break;
            }
            if (bestIn >= 0) {
                open[bestIn] = true;
            }
            if (bestOut >= 0) {
                open[bestOut] = false;
            }
        }
        return cost(open);
    }

    private void nearestTwo(boolean[] open, int[] n1, double[] d1, double[] d2) {
        for (int i = 0; i < n; i++) {
            int base = i * m;
            n1[i] = -1;
            d1[i] = missingCost;
            d2[i] = missingCost;
            for (int s = 0; s < m; s++) {
                int j = order[base + s];
                if (open[j]) {
                    if (n1[i] < 0) {
                        n1[i] = j;
                        d1[i] = sorted[base + s];
                    } else {
                        d2[i] = sorted[base + s];
                        break;
                    }
                }
            }
        }
    }

    // ---- dual side ---------------------------------------------------------------------------------------

    /** Multipliers at the incumbent: each client's k-th cheapest open cost (a near-optimal dual start). */
    @Override
    public double[] initialMultipliers() {
        boolean[] open = start != null ? start : greedy();
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = kthOpenCost(i, open);
        }
        return lambda;
    }

    /** The heuristic solution the multipliers start from. */
    private boolean[] start;

    @Override
    double subgradient(double[] lambda, boolean[] sel, double[] g) {
        double norm = 0.0;
        for (int i = 0; i < n; i++) {
            int covered = 0;
            int base = i * m;
            double lam = lambda[i];
            for (int s = 0; s < m && sorted[base + s] < lam; s++) {
                if (sel[order[base + s]]) {
                    covered++;
                }
            }
            g[i] = k - covered;
            norm += g[i] * g[i];
        }
        return norm;
    }

    /** L(λ) with the node's fixings; fills {@link #rho} and the relaxed open set. */
    @Override
    double lagrangian(double[] lambda, byte[] fixed, boolean[] sel) {
        System.arraycopy(fixedCost, 0, rho, 0, m);
        double sumLambda = 0.0;
        for (int i = 0; i < n; i++) {
            double lam = lambda[i];
            sumLambda += lam;
            int base = i * m;
            for (int s = 0; s < m && sorted[base + s] < lam; s++) {
                rho[order[base + s]] += sorted[base + s] - lam;
            }
        }
        double selected = select(fixed, sel);
        return k * sumLambda + selected;
    }

    /** The cheapest open set under {@link #rho}: p sites, or (p = 0) every negative one and at least k. */
    private double select(byte[] fixed, boolean[] sel) {
        Arrays.fill(sel, false);
        double total = 0.0;
        int count = 0;
        int free = 0;
        for (int j = 0; j < m; j++) {
            if (fixed[j] == OPEN) {
                sel[j] = true;
                total += rho[j];
                count++;
            } else if (fixed[j] == FREE) {
                scratch[free++] = j;
            }
        }
        int need = p > 0 ? p - count : Math.max(0, k - count);
        if (need < 0 || need > free) {
            return Double.POSITIVE_INFINITY;
        }
        IndexSort.sortByKey(scratch, free, rho);
        for (int s = 0; s < free; s++) {
            int j = scratch[s];
            if (s < need || (p == 0 && rho[j] < 0)) {
                sel[j] = true;
                total += rho[j];
            } else {
                break;
            }
        }
        return total;
    }

    /**
     * Reduced-cost fixing: flipping a free facility's relaxed choice costs at least the difference to the
     * marginal facility (p sites) or |ρ<sub>j</sub>| (free count, when the at-least-k floor does not bind).
     */
    @Override
    void fixByReducedCost(byte[] fixed, double bound, boolean[] sel, double pruneAt) {
        if (bound == Double.NEGATIVE_INFINITY) {
            return;
        }
        double worstIn = Double.NEGATIVE_INFINITY;
        double bestOut = Double.POSITIVE_INFINITY;
        int selectedCount = 0;
        for (int j = 0; j < m; j++) {
            if (sel[j]) {
                selectedCount++;
            }
            if (fixed[j] != FREE) {
                continue;
            }
            if (sel[j]) {
                worstIn = Math.max(worstIn, rho[j]);
            } else {
                bestOut = Math.min(bestOut, rho[j]);
            }
        }
        boolean floorBinds = p == 0 && selectedCount <= k;
        if (floorBinds) {
            return;
        }
        for (int j = 0; j < m; j++) {
            if (fixed[j] != FREE) {
                continue;
            }
            double flipped;
            if (p > 0) {
                flipped = sel[j] ? bound - rho[j] + bestOut : bound + rho[j] - worstIn;
            } else {
                flipped = bound + Math.abs(rho[j]);
            }
            if (flipped >= pruneAt) {
                fixed[j] = sel[j] ? OPEN : CLOSED;
            }
        }
    }

    /**
     * Branch on the chosen free facility with the most negative ρ: closing it costs the bound most, so the
     * "closed" child is pruned soonest (fewer nodes than taking the weakest one on pmed35–39).
     */
    @Override
    public int branchVariable(byte[] fixed, boolean[] chosen) {
        return BranchAndBound.mostNegativeFree(fixed, chosen, rho);
    }
}
