package dev.edgeplan.core.location;

import java.util.Arrays;

/**
 * A discrete location problem: {@code clients} demand points and {@code facilities} candidate sites.
 *
 * <p>{@code cost[i * facilities + j]} is the cost of serving <em>all</em> of client i's demand from
 * facility j, in whatever unit the caller uses (the planner passes demand-weighted round-trip ms;
 * OR-Library p-median files give graph distances, OR-Library warehouse files give money). For the
 * p-center objective the same matrix is read as a distance. {@code demand[i]} is what the client
 * draws from a facility's {@code capacity[j]} (same unit on both; use
 * {@link Double#POSITIVE_INFINITY} for an unlimited site). {@code fixedCost[j]} is paid once when
 * the site opens (zero for p-median and p-center). All arrays are owned by the record: callers must
 * not change them afterwards.
 */
public record LocationProblem(int clients, int facilities, double[] demand, double[] fixedCost, double[] capacity,
                              double[] cost) {

    public LocationProblem {
        if (clients < 1 || facilities < 1) {
            throw new IllegalArgumentException("need at least one client and one facility, got " + clients + " × " + facilities);
        }
        requireLength("demand", demand, clients);
        requireLength("fixedCost", fixedCost, facilities);
        requireLength("capacity", capacity, facilities);
        requireLength("cost", cost, (long) clients * facilities);
        requireNonNegative("demand", demand);
        requireNonNegative("fixedCost", fixedCost);
        requireNonNegative("capacity", capacity);
        requireNonNegative("cost", cost);
    }

    /** Unit demand, no fixed cost, unlimited capacity: the p-median / p-center input. */
    public static LocationProblem ofDistances(int clients, int facilities, double[] cost) {
        double[] demand = new double[clients];
        Arrays.fill(demand, 1.0);
        double[] capacity = new double[facilities];
        Arrays.fill(capacity, Double.POSITIVE_INFINITY);
        return new LocationProblem(clients, facilities, demand, new double[facilities], capacity, cost);
    }

    public double cost(int client, int facility) {
        return cost[client * facilities + facility];
    }

    public double totalDemand() {
        double sum = 0.0;
        for (double d : demand) {
            sum += d;
        }
        return sum;
    }

    /** True when every cost and fixed cost is a whole number, so objectives are whole and a bound can be rounded up. */
    boolean integralCosts() {
        return allIntegral(cost) && allIntegral(fixedCost);
    }

    private static boolean allIntegral(double[] values) {
        for (double v : values) {
            if (v != Math.rint(v)) {
                return false;
            }
        }
        return true;
    }

    private static void requireLength(String name, double[] a, long expected) {
        if (a == null || a.length != expected) {
            throw new IllegalArgumentException(name + " must have " + expected + " entries, got "
                    + (a == null ? "null" : a.length));
        }
    }

    private static void requireNonNegative(String name, double[] a) {
        for (int k = 0; k < a.length; k++) {
            if (!(a[k] >= 0)) {
                throw new IllegalArgumentException(name + "[" + k + "] must be a number ≥ 0, got " + a[k]);
            }
        }
    }
}
