package dev.edgeplan.core.demand;

import dev.edgeplan.core.scenario.Workload;

import java.util.List;

/**
 * Demand points × workloads: the average request rate in year 0, and the rule that turns it into the
 * design-hour peak of any later year.
 *
 * @param averageRequestsPerS [workload][point] daily-mean requests per second in year 0
 */
public record DemandTable(List<DemandPoint> points, List<Workload> workloads, double[][] averageRequestsPerS) {

    public DemandTable {
        points = List.copyOf(points);
        workloads = List.copyOf(workloads);
    }

    /** Design-hour peak requests/s of workload {@code w} at point {@code p} in {@code year} (0-based). */
    public double peakRequestsPerS(int w, int p, int year) {
        Workload workload = workloads.get(w);
        return averageRequestsPerS[w][p] * workload.peakToAverage() * growthFactor(workload, year);
    }

    /** Sum over all points of the design-hour peak of workload {@code w} in {@code year}. */
    public double totalPeakRequestsPerS(int w, int year) {
        double sum = 0.0;
        for (int p = 0; p < points.size(); p++) {
            sum += peakRequestsPerS(w, p, year);
        }
        return sum;
    }

    public static double growthFactor(Workload workload, int year) {
        return Math.pow(1.0 + workload.annualGrowthPct() / 100.0, year);
    }
}
