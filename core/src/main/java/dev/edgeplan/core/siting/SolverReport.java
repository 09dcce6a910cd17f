package dev.edgeplan.core.siting;

/**
 * How good the chosen sites are provably.
 *
 * @param model                 the objective solved
 * @param method                the solver path that ran
 * @param objective             value of the chosen sites (uncovered weight, weighted ms, or worst budget share)
 * @param lowerBound            proven lower bound on the optimum
 * @param gap                   (objective − bound) ÷ objective
 * @param provenOptimal         no better choice exists
 * @param seconds               solver wall time (not in plan.json, which must not depend on the machine)
 * @param nodes                 branch-and-bound nodes
 * @param coveredPct            share of weighted design-year demand within its SLO of a chosen site
 * @param coveredPctBound       max_coverage: the most any choice of sites could cover, from the proven bound
 *                              (coveredPct when proven optimal); the other models: coveredPct
 * @param worstLossCoveredPct   the same after losing the one chosen site whose loss hurts most
 * @param worstLossSite         id of that site ("" with no site chosen)
 */
public record SolverReport(String model, String method, double objective, double lowerBound, double gap,
                           boolean provenOptimal, double seconds, long nodes, double coveredPct, double coveredPctBound,
                           double worstLossCoveredPct, String worstLossSite) {
}
