package dev.edgeplan.core.plan;

import dev.edgeplan.core.LimitExceededException;

import java.util.Locale;

/**
 * Size limits of a plan, checked once the demand points and candidate sites are known (city filters can select far
 * more than a file lists). Each can be raised with {@code --limit KEY=VALUE}; docs/limits.md.
 *
 * @param demandPoints   most demand points after filters and grid aggregation
 * @param candidateSites most candidate sites, given and generated
 * @param matrixCells    most demand points × candidate sites: the round-trip matrix the siting solvers hold (8 bytes
 *                       a cell and a few copies of it), the figure that decides memory
 */
public record PlanLimits(int demandPoints, int candidateSites, long matrixCells) {

    /** Every city of the bundled data set is ~48,000 points; ten times that leaves room for CSV demand. */
    public static final int DEFAULT_DEMAND_POINTS = 500_000;
    /** The continental benchmark uses 500; 20,000 is far beyond a planning study. */
    public static final int DEFAULT_CANDIDATE_SITES = 20_000;
    /** 50 M cells × 8 bytes = 400 MB per copy: within the 2 GB heap the scale targets allow. */
    public static final long DEFAULT_MATRIX_CELLS = 50_000_000L;

    public static final PlanLimits DEFAULTS = new PlanLimits(DEFAULT_DEMAND_POINTS, DEFAULT_CANDIDATE_SITES,
            DEFAULT_MATRIX_CELLS);

    public PlanLimits {
        if (demandPoints < 1 || candidateSites < 1 || matrixCells < 1) {
            throw new IllegalArgumentException("limits must be ≥ 1");
        }
    }

    void checkDemandPoints(int points) {
        if (points > demandPoints) {
            throw new LimitExceededException("demand_points", String.format(Locale.ROOT, "demand: %d demand points "
                    + "after filters, above the limit of %d; aggregate them (demand.cities.grid_km, a higher "
                    + "min_population) or raise the limit with --limit demand_points=N", points, demandPoints));
        }
    }

    void checkCandidates(int points, int candidates) {
        if (candidates > candidateSites) {
            throw new LimitExceededException("candidate_sites", String.format(Locale.ROOT, "sites: %d candidate "
                    + "sites, above the limit of %d; use sites.from_cities.grid_km or a higher min_population, or raise "
                    + "the limit with --limit candidate_sites=N", candidates, candidateSites));
        }
        long cells = (long) points * candidates;
        if (cells > matrixCells) {
            throw new LimitExceededException("matrix_cells", String.format(Locale.ROOT, "%d demand points × %d "
                    + "candidate sites = %d round-trip cells, above the limit of %d (memory); aggregate demand or "
                    + "candidates, or raise the limit with --limit matrix_cells=N (and the heap: "
                    + "EDGEPLAN_JAVA_OPTS=-Xmx8g ./edgeplan …)",
                    points, candidates, cells, matrixCells));
        }
    }
}
