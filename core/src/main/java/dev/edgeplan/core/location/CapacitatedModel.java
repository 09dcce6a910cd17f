package dev.edgeplan.core.location;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Capacitated facility location with splittable demand (Beasley 1988): relaxing "each client's demand is
 * fully served" with multipliers λ<sub>i</sub> leaves, per facility, a continuous knapsack
 * v<sub>j</sub> = f<sub>j</sub> + min Σ<sub>i</sub> (c<sub>ij</sub> − λ<sub>i</sub>) x<sub>ij</sub> subject to
 * Σ d<sub>i</sub> x<sub>ij</sub> ≤ s<sub>j</sub>, 0 ≤ x ≤ 1; the open set then minimises Σ v<sub>j</sub> y<sub>j</sub>
 * subject to the valid cut Σ s<sub>j</sub> y<sub>j</sub> ≥ total demand (solved as its LP, a fractional
 * knapsack, so the bound stays valid). Open sets (the relaxed ones, every few iterations) are priced exactly by {@link Transportation}.
 */
final class CapacitatedModel extends SubgradientRelaxation {

    private final double[] demand;
    private final double[] capacity;
    private final double[] fixedCost;
    private final double[] cost;
    private final double totalDemand;
    private final Transportation transport;
    private final Map<BitSet, Double> priced = new HashMap<>();

    private final double[] v;
    private final double[] y;
    private final double[] x;
    private final double[] ratio;
    private final int[] items;
    private final int[] scratch;
    private final double[] perUnit;
    private double[] start;
    /** Σλ at the last {@link #lagrangian}: the part of the bound the open-set choice does not change. */
    private double lastSumLambda;

    CapacitatedModel(LocationProblem problem, Deadline deadline) {
        super(problem.clients(), problem.facilities(), deadline);
        demand = problem.demand();
        capacity = problem.capacity();
        fixedCost = problem.fixedCost();
        cost = problem.cost();
        totalDemand = problem.totalDemand();
        transport = new Transportation(problem);
        v = new double[m];
        y = new double[m];
        x = new double[n * m];
        ratio = new double[n];
        items = new int[n];
        scratch = new int[m];
        perUnit = new double[m];
    }

    // ---- primal side -------------------------------------------------------------------------------------

    /** Everything open: a feasible start, and the multipliers' start (each client's cost per unit there). */
    void heuristic(Incumbent incumbent) {
        boolean[] all = new boolean[m];
        Arrays.fill(all, true);
        evaluate(all, incumbent);
        start = new double[n];
        if (incumbent.open == null) {
            return;
        }
        transport.solve(incumbent.open);
        for (int i = 0; i < n; i++) {
            double c = 0.0;
            for (int j = 0; j < m; j++) {
                c += transport.flow[i * m + j] * cost[i * m + j];
            }
            start[i] = demand[i] > 0 ? c / demand[i] : 0.0;
        }
    }

    double price(boolean[] open) {
        BitSet key = new BitSet(m);
        double fixed = 0.0;
        for (int j = 0; j < m; j++) {
            if (open[j]) {
                key.set(j);
                fixed += fixedCost[j];
            }
        }
        Double known = priced.get(key);
        if (known != null) {
            return known;
        }
        double value = fixed + transport.solve(open);
        priced.put(key, value);
        return value;
    }

    int[] assignment(boolean[] open) {
        transport.solve(open);
        return transport.mainFacility();
    }

    /**
     * Prices the open set exactly. No local search: on cap41–134 drop/add moves (m transports a pass) cost more
     * than the branch and bound they were meant to shorten.
     */
    @Override
    public double evaluate(boolean[] open, Incumbent incumbent) {
        double value = price(open);
        incumbent.offer(open, value);
        return value;
    }

    // ---- dual side ---------------------------------------------------------------------------------------

    @Override
    public double[] initialMultipliers() {
        return start.clone();
    }

    @Override
    double subgradient(double[] lambda, boolean[] sel, double[] g) {
        double norm = 0.0;
        for (int i = 0; i < n; i++) {
            double served = 0.0;
            for (int j = 0; j < m; j++) {
                served += y[j] * x[i * m + j];
            }
            g[i] = 1.0 - served;
            norm += g[i] * g[i];
        }
        return norm;
    }

    /** L(λ): fills the knapsack values {@link #v}, shares {@link #x} and the open choice {@link #y}. */
    @Override
    double lagrangian(double[] lambda, byte[] fixed, boolean[] sel) {
        double sumLambda = 0.0;
        for (int i = 0; i < n; i++) {
            sumLambda += lambda[i];
        }
        lastSumLambda = sumLambda;
        Arrays.fill(x, 0.0);
        for (int j = 0; j < m; j++) {
            if (fixed[j] == CLOSED) {
                v[j] = 0.0;
                continue;
            }
            int count = 0;
            for (int i = 0; i < n; i++) {
                double a = cost[i * m + j] - lambda[i];
                if (a < 0) {
                    items[count++] = i;
                    ratio[i] = demand[i] > 0 ? a / demand[i] : Double.NEGATIVE_INFINITY;
                }
            }
            IndexSort.sortByKey(items, count, ratio);
            double left = capacity[j];
            double value = fixedCost[j];
            for (int s = 0; s < count && left > 0; s++) {
                int i = items[s];
                double share = demand[i] <= left ? 1.0 : left / demand[i];
                x[i * m + j] = share;
                left -= share * demand[i];
                value += share * (cost[i * m + j] - lambda[i]);
            }
            v[j] = value;
        }
        return sumLambda + selectOpen(fixed, sel);
    }

    /**
     * min Σ v<sub>j</sub> y<sub>j</sub> with Σ s<sub>j</sub> y<sub>j</sub> ≥ total demand; sel = y &gt; 0. When the free
     * sites all have the same capacity (every OR-Library cap file) the 0-1 problem is solved exactly — take every
     * negative v, then the cheapest others until the capacity suffices — a stronger bound than its LP; otherwise
     * y is fractional (the LP, a fractional knapsack), which keeps the bound valid.
     */
    private double selectOpen(byte[] fixed, boolean[] sel) {
        Arrays.fill(y, 0.0);
        Arrays.fill(sel, false);
        double total = 0.0;
        double cap = 0.0;
        int free = 0;
        for (int j = 0; j < m; j++) {
            if (fixed[j] == OPEN || fixed[j] == FREE && v[j] < 0) {
                y[j] = 1.0;
                sel[j] = true;
                total += v[j];
                cap += capacity[j];
            } else if (fixed[j] == FREE) {
                scratch[free++] = j;
            }
        }
        if (cap >= totalDemand) {
            return total;
        }
        boolean equal = true;
        for (int s = 1; s < free && equal; s++) {
            equal = capacity[scratch[s]] == capacity[scratch[0]];
        }
        for (int s = 0; s < free; s++) {
            int j = scratch[s];
            perUnit[j] = equal ? v[j] : v[j] / capacity[j];
        }
        IndexSort.sortByKey(scratch, free, perUnit);
        for (int s = 0; s < free && cap < totalDemand * (1 - MOVE_EPS); s++) {
            int j = scratch[s];
            double share = equal ? 1.0 : Math.min(1.0, (totalDemand - cap) / capacity[j]);
            y[j] = share;
            sel[j] = true;
            total += share * v[j];
            cap += share * capacity[j];
        }
        return cap >= totalDemand * (1 - MOVE_EPS) ? total : Double.POSITIVE_INFINITY;
    }

    /** Fixes each free facility whose opposite choice alone would push the bound past {@code pruneAt}. */
    @Override
    void fixByReducedCost(byte[] fixed, double bound, boolean[] sel, double pruneAt) {
        boolean[] flippedSel = new boolean[m];
        double[] keepY = y.clone();
        for (int j = 0; j < m; j++) {
            if (fixed[j] != FREE) {
                continue;
            }
            byte flip = keepY[j] > 0 ? CLOSED : OPEN;
            fixed[j] = flip;
            double flipped = lastSumLambda + selectOpen(fixed, flippedSel);
            fixed[j] = flipped >= pruneAt ? (flip == CLOSED ? OPEN : CLOSED) : FREE;
        }
        System.arraycopy(keepY, 0, y, 0, m);
    }

    @Override
    public int branchVariable(byte[] fixed, boolean[] chosen) {
        int best = -1;
        for (int j = 0; j < m; j++) {
            if (fixed[j] == FREE && y[j] > 0 && y[j] < 1) {
                return j;
            }
            if (fixed[j] == FREE && chosen[j] && (best < 0 || v[j] > v[best])) {
                best = j;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int j = 0; j < m; j++) {
            if (fixed[j] == FREE && (best < 0 || v[j] < v[best])) {
                best = j;
            }
        }
        return best;
    }
}
