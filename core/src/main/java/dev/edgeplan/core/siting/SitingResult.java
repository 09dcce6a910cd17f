package dev.edgeplan.core.siting;

/**
 * Which candidates were chosen and which demand each serves.
 *
 * @param chosen       candidate indices of the open sites, ascending
 * @param assignedSite [workload][point] candidate index serving it, or -1 when no chosen site meets the SLO
 * @param rttMs        [workload][point] round trip to the assigned site including access, ms (NaN-free: 0 when unassigned)
 * @param backupSite   [workload][point] the next-nearest chosen site within the SLO, which takes the point's traffic
 *                     when its own site fails (-1 when none, or when the policy asks for one cover only)
 * @param report       the solver's proof of quality and the single-site-loss check
 */
public record SitingResult(int[] chosen, int[][] assignedSite, double[][] rttMs, int[][] backupSite,
                           SolverReport report) {

    public static final int UNASSIGNED = -1;
}
