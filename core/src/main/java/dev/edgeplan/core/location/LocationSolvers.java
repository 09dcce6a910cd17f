package dev.edgeplan.core.location;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Entry points of the exact location solvers. Each takes a problem record and returns a
 * {@link LocationSolution} with the objective, a proven lower bound and the gap; {@link SolveOptions}
 * sets the time limit and whether to branch (exact) or bound the heuristic solution only.
 */
public final class LocationSolvers {

    private LocationSolvers() {
    }

    /**
     * p-median: open exactly p facilities, minimise Σ<sub>i</sub> cost to the nearest open one (plus the open
     * sites' fixed costs, if the problem has any).
     */
    public static LocationSolution pMedian(LocationProblem problem, int p, SolveOptions options) {
        return kMedian(problem, p, 1, options);
    }

    /**
     * p-median with each client charged for its k cheapest open facilities (k = 2: a backup site for every
     * client, the objective then includes the backup's cost).
     */
    public static LocationSolution kMedian(LocationProblem problem, int p, int k, SolveOptions options) {
        if (p < 1) {
            throw new IllegalArgumentException("p must be ≥ 1, got " + p);
        }
        return uncapacitated(problem, p, k, options, "p-median");
    }

    /** Uncapacitated facility location: any number of sites, minimise fixed costs plus allocation costs. */
    public static LocationSolution uncapacitatedFacilityLocation(LocationProblem problem, SolveOptions options) {
        return uncapacitated(problem, 0, 1, options, "uflp");
    }

    /** Capacitated facility location, demand splittable across open sites (the OR-Library capopt variant). */
    public static LocationSolution capacitated(LocationProblem problem, SolveOptions options) {
        Deadline deadline = new Deadline(options.timeLimitSeconds());
        CapacitatedModel model = new CapacitatedModel(problem, deadline);
        // split demand makes objectives fractional even when every cost is whole: no rounding of bounds
        Incumbent incumbent = new Incumbent(false);
        model.heuristic(incumbent);
        if (incumbent.open == null) {
            throw new IllegalArgumentException("total capacity " + sum(problem.capacity()) + " is below total demand "
                    + problem.totalDemand() + ": no feasible solution");
        }
        boolean exact = options.exactFor((long) problem.clients() * problem.facilities());
        BranchAndBound.Outcome outcome = BranchAndBound.search(model, incumbent, deadline, exact);
        return solution(incumbent, model.assignment(incumbent.open), outcome, deadline, "cflp", exact);
    }

    /**
     * Single-source capacitated location: each client served whole by one site. The split problem's bound is the
     * lower bound (a single-source solution is a split one); the solution is built from the split optimum's open
     * sites by {@link SingleSourceAssignment}, and the gap between the two is reported.
     */
    /** Relative gap at which a single-source solution equals its bound (floating-point noise, not a tolerance). */
    private static final double PROVEN_GAP = 1e-9;

    public static LocationSolution capacitatedSingleSource(LocationProblem problem, SolveOptions options) {
        long start = System.nanoTime();
        LocationSolution split = capacitated(problem, options);
        boolean[] open = new boolean[problem.facilities()];
        for (int j : split.open()) {
            open[j] = true;
        }
        int[] site = SingleSourceAssignment.solve(problem, open);
        double objective = SingleSourceAssignment.objective(problem, site);
        double bound = Math.min(split.lowerBound(), objective);
        double gap = LocationSolution.gap(objective, bound);
        int[] used = Arrays.stream(site).distinct().sorted().toArray();
        return new LocationSolution(used, site, objective, bound, gap, gap <= PROVEN_GAP,
                (System.nanoTime() - start) / 1e9, split.nodes(), "cflp-single-source");
    }

    /**
     * Maximal coverage: open p sites so that as much demand as possible has k of them (k = 1 plain, k = 2
     * resilient) within {@code radius} of {@code distances}. The objective minimised is the uncovered demand,
     * Σ<sub>i</sub> demand<sub>i</sub> × (missing covers of i among its k nearest open sites); covered = total − objective.
     */
    public static LocationSolution maxCoverage(LocationProblem distances, double radius, int p, int k, SolveOptions options) {
        if (k == 1) {
            if (p < 1 || p > distances.facilities()) {
                throw new IllegalArgumentException("need 1 ≤ p ≤ facilities, got p=" + p);
            }
            return coverage(distances, radius, distances.demand(), new double[distances.facilities()], p, Double.NaN,
                    options, "max-coverage");
        }
        double[] c = coverCosts(distances, radius, distances.demand(), 0.0);
        LocationProblem covering = new LocationProblem(distances.clients(), distances.facilities(), distances.demand(),
                new double[distances.facilities()], distances.capacity(), c);
        return uncapacitated(covering, p, k, options, "max-coverage");
    }

    /**
     * Budget-constrained maximal coverage: open sites whose total {@code fixedCost} of {@code distances} is at most
     * {@code budget}, minimising the demand with no open site within {@code radius} (single cover).
     */
    public static LocationSolution maxCoverageWithinBudget(LocationProblem distances, double radius, double budget,
                                                           SolveOptions options) {
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget must be a finite number ≥ 0, got " + budget);
        }
        for (double cost : distances.fixedCost()) {
            if (!(cost >= 0)) {
                throw new IllegalArgumentException("site costs must be ≥ 0, got " + cost);
            }
        }
        return coverage(distances, radius, distances.demand(), distances.fixedCost(), 0, budget, options,
                "max-coverage-budget");
    }

    /**
     * Minimum-cost cover: the cheapest set of sites (by fixed cost; by count when every fixed cost is 0) giving
     * every client at least k sites within {@code radius}.
     *
     * @throws UncoverableClientsException when some client has fewer than k sites within the radius
     */
    public static LocationSolution setCover(LocationProblem distances, double radius, int k, SolveOptions options) {
        int n = distances.clients();
        int m = distances.facilities();
        int[] unreachable = IntStream.range(0, n).filter(i -> {
            int within = 0;
            for (int j = 0; j < m; j++) {
                within += distances.cost(i, j) <= radius ? 1 : 0;
            }
            return within < k;
        }).toArray();
        if (unreachable.length > 0) {
            throw new UncoverableClientsException(unreachable, k, radius);
        }
        double[] fixed = distances.fixedCost().clone();
        if (sum(fixed) == 0) {
            Arrays.fill(fixed, 1.0);
        }
        if (k == 1) {
            return coverage(distances, radius, distances.demand(), fixed, 0, Double.NaN, options, "set-cover");
        }
        // an uncovered client costs more than opening every site, so any full cover beats any partial one
        double[] unit = new double[n];
        Arrays.fill(unit, sum(fixed) + 1.0);
        LocationProblem covering = new LocationProblem(n, m, distances.demand(), fixed, distances.capacity(),
                coverCosts(distances, radius, unit, 0.0));
        return uncapacitated(covering, 0, k, options, "set-cover");
    }

    /** k = 1 coverage on the sparse reduced model ({@link CoverageModel}): max coverage (p ≥ 1) or set cover (p = 0). */
    private static LocationSolution coverage(LocationProblem distances, double radius, double[] weight, double[] cost,
                                             int p, double budget, SolveOptions options, String name) {
        Deadline deadline = new Deadline(options.timeLimitSeconds());
        boolean setCover = p == 0 && Double.isNaN(budget);
        CoverageModel model = CoverageModel.of(distances, radius, weight, cost, p, budget, setCover, deadline);
        boolean integral = true;
        for (double v : setCover ? cost : weight) {
            integral &= v == Math.rint(v) && Math.abs(v) < 1e15;
        }
        Incumbent incumbent = new Incumbent(integral);
        model.heuristic(incumbent);
        boolean exact = options.exactFor((long) distances.clients() * distances.facilities());
        BranchAndBound.Outcome outcome = BranchAndBound.search(model, incumbent, deadline, exact);
        boolean[] open = model.expand(incumbent.open, distances.facilities(), p);
        int[] assignment = nearestOpen(distances, open);
        Incumbent result = new Incumbent(integral);
        result.offer(open, incumbent.value);
        return solution(result, assignment, outcome, deadline, name + ":reduced", exact);
    }

    private static int[] nearestOpen(LocationProblem distances, boolean[] open) {
        int[] a = new int[distances.clients()];
        for (int i = 0; i < a.length; i++) {
            a[i] = -1;
            for (int j = 0; j < distances.facilities(); j++) {
                if (open[j] && (a[i] < 0 || distances.cost(i, j) < distances.cost(i, a[i]))) {
                    a[i] = j;
                }
            }
        }
        return a;
    }

    /** [i*m+j] = 0 when facility j is within the radius of client i, else {@code penalty[i]}. */
    private static double[] coverCosts(LocationProblem distances, double radius, double[] penalty, double within) {
        int n = distances.clients();
        int m = distances.facilities();
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                c[i * m + j] = distances.cost(i, j) <= radius ? within : penalty[i];
            }
        }
        return c;
    }

    private static double sum(double[] a) {
        double s = 0.0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    /**
     * p-center: open p sites minimising the largest client-to-nearest-site cost. Binary search over the
     * distinct costs; each radius r ("can p sites put everyone within r?") is reduced by dominance and decided
     * exactly, alternating a minimum-set-cover and a max-coverage formulation in doubling time slices.
     */
    public static LocationSolution pCenter(LocationProblem problem, int p, SolveOptions options) {
        Deadline deadline = new Deadline(options.timeLimitSeconds());
        int n = problem.clients();
        int m = problem.facilities();
        double[] radii = Arrays.stream(problem.cost()).distinct().sorted().toArray();
        double needed = 0.0;
        for (int i = 0; i < n; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                nearest = Math.min(nearest, problem.cost(i, j));
            }
            needed = Math.max(needed, nearest);
        }
        int lo = Arrays.binarySearch(radii, needed);
        boolean[] best = farthestFirst(problem, p);
        int hi = Arrays.binarySearch(radii, maxNearest(problem, best));
        long nodes = 0;
        boolean proven = true;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Decision decision = Decision.UNDECIDED;
            // the two formulations decide different radii fast (set cover: pmed8, pmed13; max coverage: pmed17):
            // alternate them in doubling time slices, wasting at most about half the time on restarts
            for (double slice = FIRST_SLICE_S; !decision.decided() && !deadline.expired(); slice *= 2) {
                for (int form = 0; form < 2 && !decision.decided(); form++) {
                    decision = decide(problem, radii[mid], p, form == 0, deadline.slice(slice), options);
                    nodes += decision.nodes();
                }
            }
            if (!decision.decided()) {
                proven = false;
                break;
            }
            if (decision.open() != null) {
                best = decision.open();
                hi = Arrays.binarySearch(radii, maxNearest(problem, best));
            } else {
                lo = mid + 1;
            }
        }
        UncapacitatedModel assign = new UncapacitatedModel(problem, p, 1, deadline);
        double objective = maxNearest(problem, best);
        double lb = proven ? objective : radii[lo];
        Incumbent result = new Incumbent(true);
        result.offer(best, objective);
        return new LocationSolution(result.openIndices(), assign.assignment(best), objective, lb,
                LocationSolution.gap(objective, lb), proven && lo >= hi, deadline.elapsedSeconds(), Math.max(nodes, 1),
                "p-center:binary-search+lagrangian-branch-and-bound");
    }

    /** First time slice per formulation when deciding one radius of the p-center search. */
    private static final double FIRST_SLICE_S = 0.5;

    /** A covering question's answer: when decided, the p sites that cover (original indices) or null when none can. */
    private record Decision(boolean decided, boolean[] open, long nodes) {
        static final Decision UNDECIDED = new Decision(false, null, 0);
    }

    /**
     * Decides "can p sites put everyone within r" within {@code attempt}: as a minimum set cover cut off at
     * p + 1, or as max coverage with p sites cut off at 1 uncovered.
     */
    private static Decision decide(LocationProblem problem, double radius, int p, boolean asSetCover, Deadline attempt,
                                   SolveOptions options) {
        double[] one = new double[Math.max(problem.clients(), problem.facilities())];
        Arrays.fill(one, 1.0);
        CoverageModel model = CoverageModel.of(problem, radius, one, one, asSetCover ? 0 : p, true, attempt);
        Incumbent incumbent = new Incumbent(true);
        model.heuristic(incumbent);
        double goal = asSetCover ? p : 0;
        BranchAndBound.Outcome outcome = null;
        if (incumbent.value > goal) {
            incumbent.cutoff(goal + 1);
            outcome = BranchAndBound.search(model, incumbent, attempt,
                    options.exactFor((long) problem.clients() * problem.facilities()));
        }
        long nodes = outcome == null ? 1 : outcome.nodes();
        if (incumbent.value <= goal) {
            return new Decision(true, model.expand(incumbent.open, problem.facilities(), p), nodes);
        }
        return new Decision(outcome != null && outcome.finished(), null, nodes);
    }

    /** Gonzalez's farthest-first traversal: a 2-approximation for metric costs, the search's first upper bound. */
    private static boolean[] farthestFirst(LocationProblem problem, int p) {
        int n = problem.clients();
        int m = problem.facilities();
        boolean[] open = new boolean[m];
        double[] near = new double[n];
        Arrays.fill(near, Double.POSITIVE_INFINITY);
        int far = 0;
        for (int added = 0; added < p; added++) {
            int site = -1;
            for (int j = 0; j < m; j++) {
                if (!open[j] && (site < 0 || problem.cost(far, j) < problem.cost(far, site))) {
                    site = j;
                }
            }
            open[site] = true;
            far = 0;
            for (int i = 0; i < n; i++) {
                near[i] = Math.min(near[i], problem.cost(i, site));
                if (near[i] > near[far]) {
                    far = i;
                }
            }
        }
        return open;
    }

    private static double maxNearest(LocationProblem problem, boolean[] open) {
        double worst = 0.0;
        for (int i = 0; i < problem.clients(); i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < problem.facilities(); j++) {
                if (open[j]) {
                    nearest = Math.min(nearest, problem.cost(i, j));
                }
            }
            worst = Math.max(worst, nearest);
        }
        return worst;
    }

    static LocationSolution uncapacitated(LocationProblem problem, int p, int k, SolveOptions options, String name) {
        Deadline deadline = new Deadline(options.timeLimitSeconds());
        UncapacitatedModel model = new UncapacitatedModel(problem, p, k, deadline);
        Incumbent incumbent = new Incumbent(problem.integralCosts());
        model.heuristic(incumbent);
        boolean exact = options.exactFor((long) problem.clients() * problem.facilities());
        BranchAndBound.Outcome outcome = BranchAndBound.search(model, incumbent, deadline, exact);
        return solution(incumbent, model.assignment(incumbent.open), outcome, deadline, name, exact);
    }

    static LocationSolution solution(Incumbent incumbent, int[] assignment, BranchAndBound.Outcome outcome,
                                     Deadline deadline, String name, boolean exact) {
        double lb = Math.min(outcome.lowerBound(), incumbent.value);
        boolean proven = outcome.finished();
        String method = name + (exact ? ":lagrangian-branch-and-bound" : ":heuristic+lagrangian-bound");
        return new LocationSolution(incumbent.openIndices(), assignment, incumbent.value, lb,
                proven ? 0.0 : LocationSolution.gap(incumbent.value, lb), proven, deadline.elapsedSeconds(),
                outcome.nodes(), method);
    }
}
