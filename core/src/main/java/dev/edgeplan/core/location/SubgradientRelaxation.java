package dev.edgeplan.core.location;

/**
 * The subgradient loop shared by the Lagrangian relaxations (Held, Wolfe &amp; Crowder 1974; Beasley 1993):
 * λ ← λ + agility·(UB − L(λ))·g / ‖g‖², the agility halved when the bound stalls; every few iterations the
 * relaxed open set is priced as a primal solution; at the end the best multipliers are restored and used for
 * reduced-cost fixing.
 */
abstract class SubgradientRelaxation implements Relaxation {

    /** Initial agility: Held–Wolfe–Crowder's recommended 2. */
    private static final double START_AGILITY = 2.0;

    /** Non-improving iterations before the agility is halved. */
    private static final int STALL_ITERATIONS = 30;

    /** The subgradient has converged as far as it usefully will below this agility. */
    private static final double MIN_AGILITY = 1e-4;

    /** Relaxed open sets are offered to the incumbent every this many iterations. */
    private static final int HEURISTIC_EVERY = 10;

    /** Smaller differences are rounding noise; keeps a step positive when L reaches the incumbent. */
    static final double MOVE_EPS = 1e-9;

    final int n;
    final int m;
    final Deadline deadline;
    private final double[] bestLambda;
    private final double[] subgradient;

    SubgradientRelaxation(int clients, int facilities, Deadline deadline) {
        this.n = clients;
        this.m = facilities;
        this.deadline = deadline;
        bestLambda = new double[clients];
        subgradient = new double[clients];
    }

    @Override
    public final int facilities() {
        return m;
    }

    /** L(λ) under the node's fixings, +∞ when the node is infeasible; fills the relaxed open set {@code sel}. */
    abstract double lagrangian(double[] lambda, byte[] fixed, boolean[] sel);

    /** Writes the subgradient at the last {@link #lagrangian} into {@code g}; returns ‖g‖². */
    abstract double subgradient(double[] lambda, boolean[] sel, double[] g);

    /** Fixes free facilities whose flip would lift the bound (at the last {@link #lagrangian}) to {@code pruneAt}. */
    abstract void fixByReducedCost(byte[] fixed, double bound, boolean[] sel, double pruneAt);

    @Override
    public final double bound(byte[] fixed, double[] lambda, double pruneAt, int maxIterations, boolean[] chosen,
                              Incumbent incumbent) {
        boolean[] sel = new boolean[m];
        double best = Double.NEGATIVE_INFINITY;
        double agility = START_AGILITY;
        int stall = 0;
        for (int it = 0; it < maxIterations; it++) {
            double value = lagrangian(lambda, fixed, sel);
            if (value == Double.POSITIVE_INFINITY) {
                return value;
            }
            if (value > best) {
                best = value;
                System.arraycopy(lambda, 0, bestLambda, 0, n);
                System.arraycopy(sel, 0, chosen, 0, m);
                stall = 0;
            } else if (++stall >= STALL_ITERATIONS) {
                agility /= 2;
                stall = 0;
            }
            if (best >= pruneAt || agility < MIN_AGILITY || deadline.expired()) {
                break;
            }
            if (it % HEURISTIC_EVERY == 0) {
                evaluate(sel, incumbent);
                pruneAt = Math.min(pruneAt, incumbent.pruneAt());
            }
            double norm = subgradient(lambda, sel, subgradient);
            if (norm < MOVE_EPS * MOVE_EPS) {
                break;
            }
            double target = incumbent.value;
            double step = agility * Math.max(target - value, MOVE_EPS * Math.abs(target) + MOVE_EPS) / norm;
            for (int i = 0; i < n; i++) {
                lambda[i] += step * subgradient[i];
            }
        }
        System.arraycopy(bestLambda, 0, lambda, 0, n);
        lagrangian(lambda, fixed, sel);
        evaluate(chosen, incumbent);
        fixByReducedCost(fixed, best, sel, Math.min(pruneAt, incumbent.pruneAt()));
        return best;
    }
}
