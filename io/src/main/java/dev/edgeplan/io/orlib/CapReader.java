package dev.edgeplan.io.orlib;

import dev.edgeplan.core.location.LocationProblem;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Reads an OR-Library warehouse-location file (Beasley 1988, "capinfo"): "m n"; m lines "capacity
 * fixedCost" (capa/capb/capc have the literal word {@code capacity}, to be set by the caller); then per
 * customer its demand followed by m costs, each the cost of serving the customer's whole demand from that
 * warehouse, wrapped over lines.
 */
public final class CapReader {

    /** Largest warehouse or customer count read. */
    static final int MAX_COUNT = 100_000;

    /** The literal OR-Library uses in place of a number when the capacity is the user's choice. */
    static final String CAPACITY_WORD = "capacity";

    private CapReader() {
    }

    /**
     * @param capacityOverride every warehouse's capacity (required when the file says {@code capacity});
     * @param uncapacitated    ignore capacities (the OR-Library "uncapopt" variant)
     */
    public static LocationProblem read(Path path, OptionalDouble capacityOverride, boolean uncapacitated)
            throws OrlibFormatException {
        Tokens t = new Tokens(path);
        int m = t.nextInt("warehouse count m", 1, MAX_COUNT);
        int n = t.nextInt("customer count n", 1, MAX_COUNT);
        double[] capacity = new double[m];
        double[] fixed = new double[m];
        for (int j = 0; j < m; j++) {
            if (t.peekIs(CAPACITY_WORD)) {
                t.next("capacity");
                if (capacityOverride.isEmpty() && !uncapacitated) {
                    throw t.error("warehouse " + (j + 1) + " capacity is the word 'capacity': give --capacity C "
                            + "(OR-Library capopt lists the values used) or --uncapacitated");
                }
                capacity[j] = capacityOverride.orElse(Double.POSITIVE_INFINITY);
            } else {
                capacity[j] = t.nextNumber("warehouse " + (j + 1) + " capacity");
                if (capacityOverride.isPresent()) {
                    capacity[j] = capacityOverride.getAsDouble();
                }
            }
            fixed[j] = t.nextNumber("warehouse " + (j + 1) + " fixed cost");
        }
        if (uncapacitated) {
            Arrays.fill(capacity, Double.POSITIVE_INFINITY);
        }
        double[] demand = new double[n];
        double[] cost = new double[n * m];
        for (int i = 0; i < n; i++) {
            demand[i] = t.nextNumber("customer " + (i + 1) + " demand");
            for (int j = 0; j < m; j++) {
                cost[i * m + j] = t.nextNumber("customer " + (i + 1) + " cost at warehouse " + (j + 1));
            }
        }
        t.expectEnd();
        return new LocationProblem(n, m, demand, fixed, capacity, cost);
    }
}
