package dev.edgeplan.core.location;

/**
 * What a location solver found.
 *
 * @param open          indices of the open facilities, ascending
 * @param assignment    [client] the facility serving it (for split demand: the one serving the largest share;
 *                      for a cover requirement k &gt; 1: the nearest of its k); -1 when the client is not served
 * @param objective     value of this solution in the problem's unit (minimised; for coverage: uncovered weight)
 * @param lowerBound    proven lower bound on the optimum
 * @param gap           (objective − lowerBound) / objective, 0 when both are 0
 * @param provenOptimal the search finished: no better solution exists (see {@link SolveOptions#RELATIVE_TOLERANCE})
 * @param seconds       wall-clock time used
 * @param nodes         branch-and-bound nodes evaluated (1 for the heuristic path)
 * @param method        which path ran, e.g. "lagrangian-branch-and-bound" or "heuristic+lagrangian-bound"
 */
public record LocationSolution(int[] open, int[] assignment, double objective, double lowerBound, double gap,
                               boolean provenOptimal, double seconds, long nodes, String method) {

    static double gap(double objective, double lowerBound) {
        if (objective <= lowerBound) {
            return 0.0;
        }
        return (objective - lowerBound) / Math.max(Math.abs(objective), Double.MIN_NORMAL);
    }
}
