package dev.edgeplan.core.plan;

import dev.edgeplan.core.siting.SolverReport;

import java.util.List;

/**
 * The whole answer to a scenario, reproducible from scenario + catalogs + seed.
 *
 * @param siting how the sites were chosen and how good that choice provably is
 */
public record Plan(String scenarioName, int horizonYears, long seed, String acceleratorId,
                   String serverId, PlanSummary summary, SolverReport siting, List<WorkloadSummary> workloads,
                   List<SitePlan> sites,
                   PlanEconomics economics, List<String> warnings, List<Assumption> assumptions) {

    /** Version of the plan.json layout; bump when a released field is renamed or removed. */
    public static final String SCHEMA_VERSION = "1.0";

    public Plan {
        workloads = List.copyOf(workloads);
        sites = List.copyOf(sites);
        warnings = List.copyOf(warnings);
        assumptions = List.copyOf(assumptions);
    }
}
