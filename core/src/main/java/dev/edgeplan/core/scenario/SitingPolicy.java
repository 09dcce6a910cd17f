package dev.edgeplan.core.scenario;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Which location model chooses the sites, and how hard the solver tries.
 *
 * @param model             the objective
 * @param covers            sites within the SLO each demand point needs: 1, or 2 so a failed site's users still
 *                          have one in reach (inference is stateless, traffic can move)
 * @param targetCoveragePct min-cost cover: share of weighted demand to cover (100 = all)
 * @param solver            exact branch and bound, the heuristic path, or chosen by size
 * @param timeLimitS        wall-clock budget; the best solution and its proven bound are kept when it runs out
 * @param budgetUsd         max_coverage: the most the chosen sites may cost together (empty: no budget); a site
 *                          costs its construction built out to its available power (power_available_mw ×
 *                          finance.capex_usd_per_mw_it × build_cost_index)
 * @param assignment        capacitated: a demand point's load may split across sites, or goes whole to one site
 */
public record SitingPolicy(Model model, int covers, double targetCoveragePct, Solver solver, double timeLimitS,
                           OptionalDouble budgetUsd, Assignment assignment) {

    /** How the capacitated model may place a demand point's load. */
    public enum Assignment {
        /** Split across sites where one is full (each point then reported at the site carrying most of it). */
        SPLIT("split"),
        /** Whole to one site (single-source): the routing most operators run, one site per metro. */
        SINGLE("single");

        private final String key;

        Assignment(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public enum Model {
        /** Cover the most demand within its SLO with at most {@code sites.max_sites} sites. */
        MAX_COVERAGE("max_coverage"),
        /** The fewest sites covering {@code target_coverage_pct} of demand within its SLO. */
        MIN_COST_COVER("min_cost_cover"),
        /** {@code max_sites} sites minimising demand-weighted round trip. */
        P_MEDIAN("p_median"),
        /** {@code max_sites} sites minimising the worst round trip relative to its budget. */
        P_CENTER("p_center"),
        /** The fewest sites whose power ({@code power_available_mw}) serves all reachable demand within its SLO,
         *  demand split across sites where one is full. */
        CAPACITATED("capacitated");

        private final String key;

        Model(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public enum Solver {
        AUTO("auto"), EXACT("exact"), HEURISTIC("heuristic");

        private final String key;

        Solver(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public SitingPolicy {
        if (covers < 1 || covers > 2) {
            throw new IllegalArgumentException("covers must be 1 or 2, got " + covers);
        }
        if (!(timeLimitS > 0)) {
            throw new IllegalArgumentException("time limit must be > 0 s, got " + timeLimitS);
        }
        Objects.requireNonNull(budgetUsd, "budgetUsd");
        Objects.requireNonNull(assignment, "assignment");
        if (budgetUsd.isPresent() && !(budgetUsd.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("budget must be ≥ 0 USD, got " + budgetUsd.getAsDouble());
        }
    }

    /** A policy without a budget (site cost at its default). */
    public SitingPolicy(Model model, int covers, double targetCoveragePct, Solver solver, double timeLimitS) {
        this(model, covers, targetCoveragePct, solver, timeLimitS, OptionalDouble.empty());
    }

    /** Split assignment (the capacitated model's default). */
    public SitingPolicy(Model model, int covers, double targetCoveragePct, Solver solver, double timeLimitS,
                        OptionalDouble budgetUsd) {
        this(model, covers, targetCoveragePct, solver, timeLimitS, budgetUsd, Assignment.SPLIT);
    }

    public static SitingPolicy defaults() {
        return new SitingPolicy(Model.MAX_COVERAGE, 1, 100.0, Solver.AUTO, ScenarioDefaults.SITING_TIME_LIMIT_S);
    }
}
