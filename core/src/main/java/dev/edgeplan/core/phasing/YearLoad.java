package dev.edgeplan.core.phasing;

/**
 * One year of a site's life: the IT equipment its demand needs that year against what was built.
 *
 * @param year             0 = the year the first phase is decided
 * @param peakRequestsPerS design-hour peak over all workloads served by the site
 * @param servers          servers needed for that year's peak
 * @param itKw             nameplate IT kW of those servers
 * @param itKwExpected     their measured-at-load draw
 * @param onlineItKw       IT capacity online (month-averaged) under the scenario's phasing
 * @param strandedKw       online but unused IT capacity
 * @param unmetKw          IT load the demand needed but no capacity was online for yet
 */
public record YearLoad(int year, double peakRequestsPerS, int accelerators, int servers, double itKw,
                       double itKwExpected, double onlineItKw, double strandedKw, double unmetKw) {

    public double utilizationOfOnlinePct() {
        return onlineItKw > 0 ? 100.0 * Math.min(itKw, onlineItKw) / onlineItKw : 0.0;
    }
}
