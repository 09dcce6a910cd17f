package dev.edgeplan.core.location;

import java.util.Arrays;

/**
 * Dominance reductions of a covering question "can p facilities put every client within r?" (Toregas &amp;
 * ReVelle 1973): a client whose set of covering facilities contains another client's set is covered whenever
 * that one is, so it is dropped; a facility whose covered clients (among those kept) are a subset of another
 * facility's is never needed, so it is dropped. Ties keep the lower index. Sets are bitsets of longs.
 */
final class CoverReduction {

    /** Kept client and facility indices of the original problem. */
    final int[] clients;
    final int[] facilities;

    CoverReduction(LocationProblem problem, double radius) {
        int n = problem.clients();
        int m = problem.facilities();
        long[][] byClient = new long[n][words(m)];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (problem.cost(i, j) <= radius) {
                    byClient[i][j >> 6] |= 1L << j;
                }
            }
        }
        clients = undominated(byClient, true);
        long[][] byFacility = new long[m][words(clients.length)];
        for (int a = 0; a < clients.length; a++) {
            for (int j = 0; j < m; j++) {
                if (problem.cost(clients[a], j) <= radius) {
                    byFacility[j][a >> 6] |= 1L << a;
                }
            }
        }
        facilities = undominated(byFacility, false);
    }

    /** The reduced question as max coverage: cost 1 when client i is farther than the radius from site j. */
    LocationProblem maxCoverage(LocationProblem problem, double radius) {
        return build(problem, radius, 1.0, new double[facilities.length]);
    }

    /**
     * The reduced question as a set cover in UFLP form: every site costs 1, serving a client from a site beyond
     * the radius costs more than opening every site, so the optimum is the fewest sites covering everyone.
     */
    LocationProblem setCover(LocationProblem problem, double radius) {
        double[] one = new double[facilities.length];
        Arrays.fill(one, 1.0);
        return build(problem, radius, facilities.length + 1.0, one);
    }

    private LocationProblem build(LocationProblem problem, double radius, double uncovered, double[] fixedCost) {
        int n = clients.length;
        int m = facilities.length;
        double[] cost = new double[n * m];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < m; b++) {
                cost[a * m + b] = problem.cost(clients[a], facilities[b]) <= radius ? 0.0 : uncovered;
            }
        }
        double[] demand = new double[n];
        Arrays.fill(demand, 1.0);
        double[] unlimited = new double[m];
        Arrays.fill(unlimited, Double.POSITIVE_INFINITY);
        return new LocationProblem(n, m, demand, fixedCost, unlimited, cost);
    }

    private static int words(int bits) {
        return (bits + 63) >> 6;
    }

    /**
     * Indices of the sets to keep. With {@code dropSupersets} (clients) a set is dropped when another kept set is
     * a subset of it; otherwise (facilities) when it is a subset of another kept set.
     */
    private static int[] undominated(long[][] sets, boolean dropSupersets) {
        int k = sets.length;
        boolean[] dropped = new boolean[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k && !dropped[a]; b++) {
                if (a == b || dropped[b]) {
                    continue;
                }
                boolean dominated = dropSupersets ? subset(sets[b], sets[a]) : subset(sets[a], sets[b]);
                boolean equal = subset(sets[a], sets[b]) && subset(sets[b], sets[a]);
                if (dominated && (!equal || b < a)) {
                    dropped[a] = true;
                }
            }
        }
        int kept = 0;
        for (boolean d : dropped) {
            kept += d ? 0 : 1;
        }
        int[] result = new int[kept];
        int r = 0;
        for (int a = 0; a < k; a++) {
            if (!dropped[a]) {
                result[r++] = a;
            }
        }
        return result;
    }

    private static boolean subset(long[] small, long[] big) {
        for (int w = 0; w < small.length; w++) {
            if ((small[w] & ~big[w]) != 0) {
                return false;
            }
        }
        return true;
    }
}
