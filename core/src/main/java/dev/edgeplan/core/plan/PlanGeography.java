package dev.edgeplan.core.plan;

import dev.edgeplan.core.demand.DemandPoint;
import dev.edgeplan.core.scenario.CandidateSite;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the plan's demand and sites are, for maps: every demand point with what each workload asks of it and
 * which site serves it, every candidate site, and the area each chosen site reaches within each workload's SLO.
 *
 * @param demandPoints demand points in the demand table's order
 * @param candidates   every candidate the siting model chose from (given and generated), chosen or not
 * @param coverage     per chosen site and workload, the SLO radius; absent when no user can be reached in budget
 */
public record PlanGeography(List<PointDemand> demandPoints, List<CandidateSite> candidates,
                            List<SloCoverage> coverage) {

    /** A plan built without the planner (tests, hand-made fixtures) knows no geography beyond its sites. */
    public static final PlanGeography NONE = new PlanGeography(List.of(), List.of(), List.of());

    public PlanGeography {
        demandPoints = List.copyOf(demandPoints);
        candidates = List.copyOf(candidates);
        coverage = List.copyOf(coverage);
    }

    /** A demand point and, per workload in the scenario's order, its demand and where it is served. */
    public record PointDemand(DemandPoint point, List<PointWorkload> workloads) {

        public PointDemand {
            Objects.requireNonNull(point, "point");
            workloads = List.copyOf(workloads);
        }
    }

    /**
     * @param averageRequestsPerSYear0 daily-mean requests per second in year 0
     * @param peakRequestsPerSDesign   design-hour peak requests per second in the workload's design year
     * @param siteId                   the chosen site serving it within the SLO, empty when none does
     * @param rttMs                    round trip to that site at the SLO-check estimate (0 when unserved)
     */
    public record PointWorkload(String workloadId, double averageRequestsPerSYear0, double peakRequestsPerSDesign,
                                Optional<String> siteId, double rttMs) {

        public PointWorkload {
            Objects.requireNonNull(workloadId, "workloadId");
            Objects.requireNonNull(siteId, "siteId");
        }
    }

    /**
     * @param networkBudgetMs round-trip budget the workload's SLO leaves for the network
     * @param radiusKm        farthest great-circle distance a user (on the workload's access network) can be from
     *                        the site and still meet that budget, after the site's processing time
     */
    public record SloCoverage(String siteId, String workloadId, double networkBudgetMs, double radiusKm) {
    }
}
