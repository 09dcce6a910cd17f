package dev.edgeplan.core.location;

/**
 * A Lagrangian relaxation over the facility open/closed variables, bounded and branched by
 * {@link BranchAndBound}. Facility states in {@code fixed}: {@link #CLOSED}, {@link #FREE}, {@link #OPEN}.
 */
interface Relaxation {

    byte CLOSED = -1;
    byte FREE = 0;
    byte OPEN = 1;

    int facilities();

    /** Starting multipliers, e.g. each client's cost in the heuristic solution. */
    double[] initialMultipliers();

    /**
     * Subgradient optimisation of the node's Lagrangian dual. Leaves the best multipliers in {@code lambda}
     * and the relaxed solution's open set at them in {@code chosen}; fixes free facilities whose reduced cost
     * proves they cannot improve on {@code pruneAt}; offers the relaxed open sets to the incumbent.
     *
     * @return the best bound found, +∞ when the node has no feasible solution
     */
    double bound(byte[] fixed, double[] lambda, double pruneAt, int maxIterations, boolean[] chosen, Incumbent incumbent);

    /** The exact cost of the best solution opening exactly {@code open} (+∞ if none), offered to the incumbent. */
    double evaluate(boolean[] open, Incumbent incumbent);

    /** The free facility to branch on, -1 when none is free. */
    int branchVariable(byte[] fixed, boolean[] chosen);
}
