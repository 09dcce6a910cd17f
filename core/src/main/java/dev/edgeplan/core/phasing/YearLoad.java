package dev.edgeplan.core.phasing;

/**
 * One year of a site's life: the IT equipment its demand needs that year against what was built.
 *
 * @param year             0 = first year of operation
 * @param peakRequestsPerS design-hour peak over all workloads served by the site
 * @param servers          servers needed for that year's peak
 * @param itKw             nameplate IT kW of those servers
 * @param itKwExpected     their measured-at-load draw
 * @param builtItKw        nameplate IT capacity of the facility (built in year 0)
 * @param strandedKw       built but unused IT capacity
 */
public record YearLoad(int year, double peakRequestsPerS, int accelerators, int servers, double itKw,
                       double itKwExpected, double builtItKw, double strandedKw) {

    public double utilizationOfBuiltPct() {
        return builtItKw > 0 ? 100.0 * itKw / builtItKw : 0.0;
    }
}
