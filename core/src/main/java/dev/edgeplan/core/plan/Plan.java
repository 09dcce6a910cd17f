package dev.edgeplan.core.plan;

import dev.edgeplan.core.siting.SolverReport;

import java.util.List;
import java.util.Objects;

/**
 * The whole answer to a scenario, reproducible from scenario + catalogs + seed.
 *
 * @param siting    how the sites were chosen and how good that choice provably is
 * @param geography demand points, candidates and SLO coverage, for maps (not in plan.json; see plan.geojson)
 */
public record Plan(String scenarioName, int horizonYears, long seed, String acceleratorId,
                   String serverId, PlanSummary summary, SolverReport siting, List<WorkloadSummary> workloads,
                   List<SitePlan> sites,
                   PlanEconomics economics, List<String> warnings, List<Assumption> assumptions,
                   PlanGeography geography) {

    /** Version of the plan.json layout; bump when a released field is renamed or removed. */
    public static final String SCHEMA_VERSION = "1.0";

    public Plan {
        workloads = List.copyOf(workloads);
        sites = List.copyOf(sites);
        warnings = List.copyOf(warnings);
        assumptions = List.copyOf(assumptions);
        Objects.requireNonNull(geography, "geography");
    }

    /** A plan without geography ({@link PlanGeography#NONE}): built by hand rather than by the planner. */
    public Plan(String scenarioName, int horizonYears, long seed, String acceleratorId, String serverId,
                PlanSummary summary, SolverReport siting, List<WorkloadSummary> workloads, List<SitePlan> sites,
                PlanEconomics economics, List<String> warnings, List<Assumption> assumptions) {
        this(scenarioName, horizonYears, seed, acceleratorId, serverId, summary, siting, workloads, sites, economics,
                warnings, assumptions, PlanGeography.NONE);
    }
}
