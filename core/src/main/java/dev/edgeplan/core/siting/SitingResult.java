package dev.edgeplan.core.siting;

/**
 * Which candidates were chosen and which demand each serves.
 *
 * @param chosen       candidate indices in the order the greedy chose them
 * @param assignedSite [workload][point] candidate index serving it, or -1 when no chosen site meets the SLO
 * @param rttMs        [workload][point] round trip to the assigned site including access, ms (NaN-free: 0 when unassigned)
 */
public record SitingResult(int[] chosen, int[][] assignedSite, double[][] rttMs) {

    public static final int UNASSIGNED = -1;
}
