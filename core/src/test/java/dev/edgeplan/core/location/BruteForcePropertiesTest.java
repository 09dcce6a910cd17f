package dev.edgeplan.core.location;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every solver against enumeration of all open sets on small random instances. */
class BruteForcePropertiesTest {

    /** Small enough to enumerate all 2^m open sets in microseconds. */
    private static final int MAX_CLIENTS = 9;
    private static final int MAX_FACILITIES = 7;

    /** Objective comparisons: sums of a few dozen doubles. */
    private static final double TOLERANCE = 1e-6;

    private static final int TRIES = 300;
    private static final int MAX_COST = 40;

    /** Generous: the instances take microseconds; the limit only keeps a bug from hanging the build. */
    private static final SolveOptions EXACT = new SolveOptions(30, SolveOptions.Mode.EXACT);

    @Property(tries = TRIES)
    void pMedianMatchesEnumeration(@ForAll @IntRange(min = 1, max = MAX_CLIENTS) int n,
                                   @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int m,
                                   @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int pRaw,
                                   @ForAll @IntRange(min = 1, max = 2) int k, @ForAll long seed) {
        int p = Math.max(k, Math.min(pRaw, m));
        if (k > m) {
            return;
        }
        LocationProblem problem = random(n, m, seed, seed % 2 == 0);
        LocationSolution s = LocationSolvers.kMedian(problem, p, k, EXACT);
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < 1 << m; mask++) {
            if (Integer.bitCount(mask) == p) {
                best = Math.min(best, kCost(problem, mask, k) + fixed(problem, mask));
            }
        }
        assertProven(s, best);
        assertThat(s.open()).hasSize(p);
        int chosen = mask(s.open());
        assertThat(kCost(problem, chosen, k) + fixed(problem, chosen)).isCloseTo(s.objective(), within(TOLERANCE));
    }

    @Property(tries = TRIES)
    void uflpMatchesEnumeration(@ForAll @IntRange(min = 1, max = MAX_CLIENTS) int n,
                                @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int m, @ForAll long seed) {
        LocationProblem problem = random(n, m, seed, seed % 2 == 0);
        LocationSolution s = LocationSolvers.uncapacitatedFacilityLocation(problem, EXACT);
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < 1 << m; mask++) {
            best = Math.min(best, kCost(problem, mask, 1) + fixed(problem, mask));
        }
        assertProven(s, best);
    }

    @Property(tries = TRIES)
    void capacitatedMatchesEnumeration(@ForAll @IntRange(min = 1, max = MAX_CLIENTS) int n,
                                       @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int m, @ForAll long seed) {
        LocationProblem problem = random(n, m, seed, seed % 2 == 0);
        Transportation t = new Transportation(problem);
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < 1 << m; mask++) {
            best = Math.min(best, fixed(problem, mask) + t.solve(set(mask, m)));
        }
        if (best == Double.POSITIVE_INFINITY) {
            return;
        }
        assertProven(LocationSolvers.capacitated(problem, EXACT), best);
    }

    /**
     * Single-source: enumerate every assignment of clients to sites (m^n ≤ 4^6): the solver's assignment respects
     * every capacity, prices as reported, is never better than the true optimum, and its bound never above it.
     */
    @Property(tries = TRIES)
    void singleSourceIsFeasibleAndBracketsTheOptimum(@ForAll @IntRange(min = 1, max = 6) int n,
                                                     @ForAll @IntRange(min = 1, max = 4) int m, @ForAll long seed) {
        LocationProblem problem = random(n, m, seed, true);
        double best = Double.POSITIVE_INFINITY;
        int[] site = new int[n];
        int combos = (int) Math.pow(m, n);
        for (int code = 0; code < combos; code++) {
            int c = code;
            for (int i = 0; i < n; i++) {
                site[i] = c % m;
                c /= m;
            }
            if (SingleSourceAssignment.feasible(problem, site)) {
                best = Math.min(best, SingleSourceAssignment.objective(problem, site));
            }
        }
        LocationSolution s;
        try {
            s = LocationSolvers.capacitatedSingleSource(problem, EXACT);
        } catch (IllegalArgumentException e) {
            // the split problem or the construction found no room: then no single-source assignment may exist
            assertThat(best).as(e.getMessage()).isEqualTo(Double.POSITIVE_INFINITY);
            return;
        }
        assertThat(best).isFinite();
        assertThat(SingleSourceAssignment.feasible(problem, s.assignment())).isTrue();
        assertThat(SingleSourceAssignment.objective(problem, s.assignment())).isCloseTo(s.objective(), within(TOLERANCE));
        assertThat(s.objective()).isGreaterThanOrEqualTo(best - TOLERANCE);
        assertThat(s.lowerBound()).isLessThanOrEqualTo(best + TOLERANCE);
        if (s.provenOptimal()) {
            assertThat(s.objective()).isCloseTo(best, within(TOLERANCE));
        }
    }

    @Property(tries = TRIES)
    void pCenterMatchesEnumeration(@ForAll @IntRange(min = 1, max = MAX_CLIENTS) int n,
                                   @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int m,
                                   @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int pRaw, @ForAll long seed) {
        int p = Math.min(pRaw, m);
        LocationProblem problem = random(n, m, seed, true);
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < 1 << m; mask++) {
            if (Integer.bitCount(mask) == p) {
                best = Math.min(best, worst(problem, mask));
            }
        }
        assertProven(LocationSolvers.pCenter(problem, p, EXACT), best);
    }

    @Property(tries = TRIES)
    void maxCoverageMatchesEnumeration(@ForAll @IntRange(min = 1, max = MAX_CLIENTS) int n,
                                       @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int m,
                                       @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int pRaw,
                                       @ForAll @IntRange(min = 1, max = 2) int k,
                                       @ForAll @IntRange(min = 0, max = MAX_COST) int radius, @ForAll long seed) {
        int p = Math.max(k, Math.min(pRaw, m));
        if (k > m) {
            return;
        }
        LocationProblem problem = random(n, m, seed, true);
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < 1 << m; mask++) {
            if (Integer.bitCount(mask) == p) {
                best = Math.min(best, uncovered(problem, mask, radius, k));
            }
        }
        assertProven(LocationSolvers.maxCoverage(problem, radius, p, k, EXACT), best);
    }

    @Property(tries = TRIES)
    void maxCoverageWithinBudgetMatchesEnumeration(@ForAll @IntRange(min = 1, max = MAX_CLIENTS) int n,
                                                   @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int m,
                                                   @ForAll @IntRange(min = 0, max = 100) int budgetPct,
                                                   @ForAll @IntRange(min = 0, max = MAX_COST) int radius,
                                                   @ForAll boolean whole, @ForAll long seed) {
        LocationProblem problem = random(n, m, seed, whole);
        double budget = fixed(problem, (1 << m) - 1) * budgetPct / 100.0;
        double best = uncovered(problem, 0, radius, 1);
        for (int mask = 1; mask < 1 << m; mask++) {
            if (fixed(problem, mask) <= budget) {
                best = Math.min(best, uncovered(problem, mask, radius, 1));
            }
        }
        LocationSolution s = LocationSolvers.maxCoverageWithinBudget(problem, radius, budget, EXACT);
        assertProven(s, best);
        // summed in another order the same sites' costs may differ from the budget's sum in the last bit
        assertThat(fixed(problem, mask(s.open()))).isLessThanOrEqualTo(budget + Math.ulp(budget) * m);
        assertThat(uncovered(problem, mask(s.open()), radius, 1)).isCloseTo(s.objective(), within(TOLERANCE));
    }

    @Property(tries = TRIES)
    void setCoverMatchesEnumeration(@ForAll @IntRange(min = 1, max = MAX_CLIENTS) int n,
                                    @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int m,
                                    @ForAll @IntRange(min = 1, max = 2) int k,
                                    @ForAll @IntRange(min = 0, max = MAX_COST) int radius, @ForAll long seed) {
        LocationProblem problem = random(n, m, seed, true);
        boolean countSites = fixed(problem, (1 << m) - 1) == 0;
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < 1 << m; mask++) {
            if (uncovered(problem, mask, radius, k) == 0) {
                best = Math.min(best, countSites ? Integer.bitCount(mask) : fixed(problem, mask));
            }
        }
        if (best == Double.POSITIVE_INFINITY) {
            int[] clients = {};
            try {
                LocationSolvers.setCover(problem, radius, k, EXACT);
            } catch (UncoverableClientsException e) {
                clients = e.clients();
            }
            assertThat(clients).isNotEmpty();
            return;
        }
        assertProven(LocationSolvers.setCover(problem, radius, k, EXACT), best);
    }

    /**
     * The coverage reductions (identical clients merged, dominated clients and sites dropped, sites covering
     * nothing) on instances built to have them: some clients and sites are exact copies of others, a few sites
     * cover almost nothing. The returned open set must itself achieve the reported objective.
     */
    @Property(tries = TRIES)
    void coverageWithDuplicatesMatchesEnumeration(@ForAll @IntRange(min = 1, max = 6) int n0,
                                                  @ForAll @IntRange(min = 1, max = 4) int m0,
                                                  @ForAll @IntRange(min = 1, max = MAX_FACILITIES) int pRaw,
                                                  @ForAll @IntRange(min = 0, max = MAX_COST) int radius,
                                                  @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        LocationProblem base = random(n0, m0, seed, true);
        int n = n0 + r.nextInt(4);
        int m = m0 + r.nextInt(4);
        int[] clientOf = new int[n];
        int[] siteOf = new int[m];
        for (int i = 0; i < n; i++) {
            clientOf[i] = i < n0 ? i : r.nextInt(n0);
        }
        for (int j = 0; j < m; j++) {
            siteOf[j] = j < m0 ? j : r.nextInt(m0);
        }
        double[] cost = new double[n * m];
        double[] demand = new double[n];
        double[] fixedCost = new double[m];
        for (int i = 0; i < n; i++) {
            demand[i] = base.demand()[clientOf[i]];
            for (int j = 0; j < m; j++) {
                // a copied site sometimes reaches only a subset of its original's clients (dominated)
                boolean shrink = j >= m0 && r.nextInt(3) == 0;
                cost[i * m + j] = base.cost(clientOf[i], siteOf[j]) + (shrink ? MAX_COST + 1 : 0);
            }
        }
        for (int j = 0; j < m; j++) {
            fixedCost[j] = j < m0 ? base.fixedCost()[j] : base.fixedCost()[siteOf[j]] + r.nextInt(3);
        }
        double[] unlimited = new double[m];
        java.util.Arrays.fill(unlimited, Double.POSITIVE_INFINITY);
        LocationProblem problem = new LocationProblem(n, m, demand, fixedCost, unlimited, cost);
        int p = Math.min(pRaw, m);
        double bestCoverage = Double.POSITIVE_INFINITY;
        double bestCover = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < 1 << m; mask++) {
            double uncovered = uncovered(problem, mask, radius, 1);
            if (Integer.bitCount(mask) == p) {
                bestCoverage = Math.min(bestCoverage, uncovered);
            }
            if (uncovered == 0) {
                bestCover = Math.min(bestCover, fixed(problem, mask));
            }
        }
        LocationSolution coverage = LocationSolvers.maxCoverage(problem, radius, p, 1, EXACT);
        assertProven(coverage, bestCoverage);
        assertThat(coverage.open()).hasSize(p);
        assertThat(uncovered(problem, mask(coverage.open()), radius, 1)).isCloseTo(coverage.objective(), within(TOLERANCE));
        if (bestCover < Double.POSITIVE_INFINITY && fixed(problem, (1 << m) - 1) > 0) {
            LocationSolution cover = LocationSolvers.setCover(problem, radius, 1, EXACT);
            assertProven(cover, bestCover);
            assertThat(uncovered(problem, mask(cover.open()), radius, 1)).isZero();
            assertThat(fixed(problem, mask(cover.open()))).isCloseTo(cover.objective(), within(TOLERANCE));
        }
    }

    private static void assertProven(LocationSolution s, double best) {
        assertThat(s.objective()).isCloseTo(best, within(TOLERANCE));
        assertThat(s.lowerBound()).isLessThanOrEqualTo(s.objective() + TOLERANCE);
        assertThat(s.provenOptimal()).isTrue();
        assertThat(s.gap()).isZero();
    }

    /** Random costs (whole numbers or not), demands 1..10, capacities that sometimes bind. */
    static LocationProblem random(int n, int m, long seed, boolean whole) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] demand = new double[n];
        double[] cost = new double[n * m];
        double[] fixed = new double[m];
        double[] capacity = new double[m];
        double total = 0;
        for (int i = 0; i < n; i++) {
            demand[i] = 1 + r.nextInt(10);
            total += demand[i];
            for (int j = 0; j < m; j++) {
                cost[i * m + j] = whole ? r.nextInt(MAX_COST + 1) : r.nextDouble() * MAX_COST;
            }
        }
        for (int j = 0; j < m; j++) {
            fixed[j] = whole ? r.nextInt(MAX_COST) : r.nextDouble() * MAX_COST;
            capacity[j] = Math.ceil(total * (0.2 + r.nextDouble()));
        }
        return new LocationProblem(n, m, demand, fixed, capacity, cost);
    }

    private static double kCost(LocationProblem problem, int mask, int k) {
        double total = 0;
        for (int i = 0; i < problem.clients(); i++) {
            double[] c = new double[Integer.bitCount(mask)];
            int a = 0;
            for (int j = 0; j < problem.facilities(); j++) {
                if ((mask >> j & 1) == 1) {
                    c[a++] = problem.cost(i, j);
                }
            }
            java.util.Arrays.sort(c);
            for (int s = 0; s < k; s++) {
                total += c[s];
            }
        }
        return total;
    }

    private static double uncovered(LocationProblem problem, int mask, double radius, int k) {
        double total = 0;
        for (int i = 0; i < problem.clients(); i++) {
            int covers = 0;
            for (int j = 0; j < problem.facilities(); j++) {
                if ((mask >> j & 1) == 1 && problem.cost(i, j) <= radius) {
                    covers++;
                }
            }
            total += problem.demand()[i] * Math.max(0, k - covers);
        }
        return total;
    }

    private static double worst(LocationProblem problem, int mask) {
        double worst = 0;
        for (int i = 0; i < problem.clients(); i++) {
            double near = Double.POSITIVE_INFINITY;
            for (int j = 0; j < problem.facilities(); j++) {
                if ((mask >> j & 1) == 1) {
                    near = Math.min(near, problem.cost(i, j));
                }
            }
            worst = Math.max(worst, near);
        }
        return worst;
    }

    private static double fixed(LocationProblem problem, int mask) {
        double total = 0;
        for (int j = 0; j < problem.facilities(); j++) {
            if ((mask >> j & 1) == 1) {
                total += problem.fixedCost()[j];
            }
        }
        return total;
    }

    private static boolean[] set(int mask, int m) {
        boolean[] open = new boolean[m];
        for (int j = 0; j < m; j++) {
            open[j] = (mask >> j & 1) == 1;
        }
        return open;
    }

    private static int mask(int[] open) {
        int mask = 0;
        for (int j : open) {
            mask |= 1 << j;
        }
        return mask;
    }
}
