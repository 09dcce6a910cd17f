package dev.edgeplan.core.location;

import java.util.Arrays;

/**
 * Single-source capacitated facility location: every client is served whole by one open site. Bounded by the split
 * problem (every single-source solution is a split one, so the split optimum's lower bound is a valid bound here)
 * and solved from the split solution's open sites:
 * <ol>
 *   <li>regret-greedy assignment: the client with the largest gap between its cheapest and second-cheapest feasible
 *       site goes first, to its cheapest site with room; a client no open site has room for opens the closed site
 *       that serves it cheapest (fixed cost included);</li>
 *   <li>when that packs itself into a corner, the same with every site open; then a depth-first search for any feasible packing (largest demand first,
 *       at most {@link #MAX_PACK_NODES} placements);</li>
 *   <li>local search until no move helps: shift a client to another open site with room; swap two clients between
 *       sites when both fit; close a site whose clients all fit elsewhere.</li>
 * </ol>
 * Hot loops use primitive arrays and integer indices.
 */
final class SingleSourceAssignment {

    private static final double EPS = 1e-9;
    /** Placements the fallback packing search may try before giving up. */
    static final long MAX_PACK_NODES = 1_000_000;

    private final LocationProblem p;
    private final int m;
    private final int n;
    private final boolean[] open;
    private final int[] site;
    private final double[] load;

    private SingleSourceAssignment(LocationProblem problem, boolean[] initiallyOpen) {
        this.p = problem;
        this.m = problem.clients();
        this.n = problem.facilities();
        this.open = initiallyOpen.clone();
        this.site = new int[m];
        this.load = new double[n];
        Arrays.fill(site, -1);
    }

    /** @return [client] site, every capacity respected; open sites are those serving someone */
    static int[] solve(LocationProblem problem, boolean[] initiallyOpen) {
        double largestSite = Arrays.stream(problem.capacity()).max().orElse(0.0);
        for (int i = 0; i < problem.clients(); i++) {
            if (problem.demand()[i] > largestSite + EPS) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "client %d demands %.6g, more "
                        + "than the largest site's capacity %.6g: no single-source assignment exists", i,
                        problem.demand()[i], largestSite));
            }
        }
        SingleSourceAssignment s = new SingleSourceAssignment(problem, initiallyOpen);
        if (!s.greedy()) {
            // packed into a corner from the split optimum's sites: again with every site open (local search then
            // closes the ones not worth their fixed cost)
            boolean[] all = new boolean[problem.facilities()];
            Arrays.fill(all, true);
            s = new SingleSourceAssignment(problem, all);
            if (!s.greedy()) {
                // still cornered: search for any feasible packing
                s = new SingleSourceAssignment(problem, new boolean[problem.facilities()]);
                if (!s.pack()) {
                    throw new IllegalArgumentException("no single-source assignment found: the clients' demands do "
                            + "not pack into the sites' capacities (searched " + MAX_PACK_NODES + " placements)");
                }
            }
        }
        s.improve();
        return s.site.clone();
    }

    /** Depth-first packing, largest demand first, each client tried on every site: exhaustive on small instances. */
    private boolean pack() {
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p.demand()[b], p.demand()[a]));
        long[] nodes = {0};
        boolean found = pack(order, 0, nodes);
        for (int i = 0; i < m && found; i++) {
            open[site[i]] = true;
        }
        return found;
    }

    private boolean pack(Integer[] order, int k, long[] nodes) {
        if (k == m) {
            return true;
        }
        int i = order[k];
        for (int j = 0; j < n; j++) {
            if (++nodes[0] > MAX_PACK_NODES) {
                return false;
            }
            if (fits(i, j)) {
                site[i] = j;
                load[j] += p.demand()[i];
                if (pack(order, k + 1, nodes)) {
                    return true;
                }
                load[j] -= p.demand()[i];
                site[i] = -1;
            }
        }
        return false;
    }

    static double objective(LocationProblem problem, int[] site) {
        boolean[] used = new boolean[problem.facilities()];
        double total = 0.0;
        for (int i = 0; i < site.length; i++) {
            total += problem.cost()[i * problem.facilities() + site[i]];
            used[site[i]] = true;
        }
        for (int j = 0; j < used.length; j++) {
            if (used[j]) {
                total += problem.fixedCost()[j];
            }
        }
        return total;
    }

    static boolean feasible(LocationProblem problem, int[] site) {
        double[] load = new double[problem.facilities()];
        for (int i = 0; i < site.length; i++) {
            if (site[i] < 0) {
                return false;
            }
            load[site[i]] += problem.demand()[i];
        }
        for (int j = 0; j < load.length; j++) {
            if (load[j] > problem.capacity()[j] + EPS) {
                return false;
            }
        }
        return true;
    }

    private double cost(int i, int j) {
        return p.cost()[i * n + j];
    }

    private boolean fits(int i, int j) {
        return load[j] + p.demand()[i] <= p.capacity()[j] + EPS;
    }

    private void assign(int i, int j) {
        if (site[i] >= 0) {
            load[site[i]] -= p.demand()[i];
        }
        site[i] = j;
        load[j] += p.demand()[i];
    }

    /** @return false when some client fits in no site, open or closed */
    private boolean greedy() {
        boolean[] done = new boolean[m];
        for (int placed = 0; placed < m; placed++) {
            int pick = -1;
            int pickSite = -1;
            double pickRegret = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (done[i]) {
                    continue;
                }
                int best = -1;
                double first = Double.POSITIVE_INFINITY;
                double second = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (open[j] && fits(i, j)) {
                        double c = cost(i, j);
                        if (c < first) {
                            second = first;
                            first = c;
                            best = j;
                        } else if (c < second) {
                            second = c;
                        }
                    }
                }
                // no room anywhere is the largest regret: place it now, opening a site if need be
                double regret = best < 0 ? Double.POSITIVE_INFINITY : second - first;
                if (regret > pickRegret || (regret == pickRegret && p.demand()[i] > p.demand()[pick])) {
                    pick = i;
                    pickSite = best;
                    pickRegret = regret;
                }
            }
            if (pickSite < 0) {
                pickSite = openFor(pick);
                if (pickSite < 0) {
                    return false;
                }
            }
            assign(pick, pickSite);
            done[pick] = true;
        }
        return true;
    }

    /** The closed site with room that serves client i cheapest, fixed cost included, opened; −1 when none has room. */
    private int openFor(int i) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (!open[j] && fits(i, j) && cost(i, j) + p.fixedCost()[j] < bestCost) {
                best = j;
                bestCost = cost(i, j) + p.fixedCost()[j];
            }
        }
        if (best >= 0) {
            open[best] = true;
        }
        return best;
    }

    private void improve() {
        boolean improved = true;
        while (improved) {
            improved = shift() | swap() | close();
        }
    }

    private boolean shift() {
        boolean any = false;
        for (int i = 0; i < m; i++) {
            int from = site[i];
            int best = from;
            double bestDelta = -EPS;
            for (int j = 0; j < n; j++) {
                if (j != from && load[j] > 0 && fits(i, j)) {
                    double delta = cost(i, j) - cost(i, from) - (load[from] - p.demand()[i] <= EPS ? p.fixedCost()[from] : 0);
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        best = j;
                    }
                }
            }
            if (best != from) {
                assign(i, best);
                any = true;
            }
        }
        return any;
    }

    private boolean swap() {
        boolean any = false;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                int ja = site[a];
                int jb = site[b];
                if (ja == jb) {
                    continue;
                }
                double da = p.demand()[a];
                double db = p.demand()[b];
                boolean room = load[ja] - da + db <= p.capacity()[ja] + EPS && load[jb] - db + da <= p.capacity()[jb] + EPS;
                if (room && cost(a, jb) + cost(b, ja) < cost(a, ja) + cost(b, jb) - EPS) {
                    assign(a, jb);
                    assign(b, ja);
                    any = true;
                }
            }
        }
        return any;
    }

    /** Empties a site when its clients, each to its cheapest other used site with room, cost less than its fixed cost. */
    private boolean close() {
        for (int j = 0; j < n; j++) {
            if (load[j] <= 0) {
                continue;
            }
            double[] trialLoad = load.clone();
            int[] moveTo = new int[m];
            Arrays.fill(moveTo, -1);
            double delta = -p.fixedCost()[j];
            boolean ok = true;
            for (int i = 0; i < m && ok; i++) {
                if (site[i] != j) {
                    continue;
                }
                int best = -1;
                for (int k = 0; k < n; k++) {
                    if (k != j && trialLoad[k] > 0 && trialLoad[k] + p.demand()[i] <= p.capacity()[k] + EPS
                            && (best < 0 || cost(i, k) < cost(i, best))) {
                        best = k;
                    }
                }
                if (best < 0) {
                    ok = false;
                } else {
                    moveTo[i] = best;
                    trialLoad[best] += p.demand()[i];
                    delta += cost(i, best) - cost(i, j);
                }
            }
            if (ok && delta < -EPS) {
                for (int i = 0; i < m; i++) {
                    if (moveTo[i] >= 0) {
                        assign(i, moveTo[i]);
                    }
                }
                open[j] = false;
                return true;
            }
        }
        return false;
    }
}
