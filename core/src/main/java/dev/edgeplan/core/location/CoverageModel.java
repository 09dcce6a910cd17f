package dev.edgeplan.core.location;

import java.util.Arrays;

/**
 * Sparse covering models, single cover (k = 1): maximal coverage (open exactly p sites, minimise the uncovered
 * weight) and minimum-cost set cover (p = 0: every row covered, minimise the sites' cost).
 *
 * <p><b>Reductions</b> (Toregas &amp; ReVelle 1973), on bitsets, ties keep the lower index: rows (clients) that
 * no site covers leave the model (max coverage: their weight is a constant of the objective); rows with the same
 * covering set are merged, weights added; with {@code dropSupersetRows} (set cover, or any question whose
 * answer needs every row covered) a row whose covering set contains another row's is dropped; a column (site)
 * whose covered rows are a subset of another column's at no lower cost is dropped. Rows and columns are reduced
 * in turn until nothing changes.
 *
 * <p><b>Bound.</b> Relaxing the cover constraints Σ<sub>j∈N(i)</sub> y<sub>j</sub> ≥ 1 − s<sub>i</sub> with
 * multipliers u<sub>i</sub> ∈ [0, w<sub>i</sub>] (set cover: u ≥ 0, no s) leaves
 * <pre>
 *   max coverage  L(u) = Σ u_i + Σ_{p cheapest} ρ_j,            ρ_j = −Σ_{i∈M(j)} u_i
 *   set cover     L(u) = Σ u_i + Σ_j min(0, ρ_j),                ρ_j = c_j − Σ_{i∈M(j)} u_i
 * </pre>
 * whose maximum is the LP bound. Projected subgradient, each component scaled by the row's weight (populations
 * span four orders of magnitude), Polyak steps towards the incumbent with the step factor adapted to the spread of
 * recent bounds (Caprara, Fischetti &amp; Toth 1999). At a node, rows covered by a fixed-open site drop out
 * (u = 0) and rows whose sites are all fixed closed are uncovered for sure (max coverage) or make the node
 * infeasible (set cover). Work per iteration is linear in the number of (row, covering site) pairs.
 *
 * <p><b>Primal.</b> Max coverage: greedy, then best-improvement swaps evaluated sparsely (gain of the site in,
 * loss of the site out, corrected for rows both cover once), run on the Lagrangian open sets. Set cover: the
 * Lagrangian open set completed by Chvátal's greedy, redundant columns removed most expensive first.
 */
final class CoverageModel implements Relaxation {

    /**
     * Volume algorithm settings, tuned on the continental instance (US cities ≥ 10 k × 500 candidates): the step
     * factor starts at 0.1, grows 10 % on an improving step, shrinks by a third after 60 non-improving ones; the
     * averaged primal moves 3 % towards each new relaxed solution (10 % left p = 20 at a root bound 30 % lower).
     */
    private static final double START_STEP = 0.1;
    private static final int WINDOW = 60;
    private static final double VOLUME_ALPHA = 0.03;
    /** Iterations at the root: each costs one pass over the (row, site) pairs. */
    private static final int ROOT_ITERATIONS = 5000;
    private static final double MIN_STEP = 1e-5;
    /**
     * The root polishes every tenth relaxed open set; a node only its last (its earlier ones mostly repeat the
     * parent's: pricing them took half the time on the continental p = 20 for the same 1,179 nodes).
     */
    private static final int HEURISTIC_EVERY = 10;
    /**
     * Averaged site choices within this of 0 or 1 count as decided when branching (on the continental instance
     * branching on the most fractional one cut nodes by 18–65 % against the most negative reduced cost).
     */
    private static final double BRANCH_FRACTION = 0.05;

    final int n;
    final int m;
    /** Sites to open (max coverage) or 0 (set cover, or max coverage within a budget). */
    final int p;
    /** Max coverage within this total site cost (NaN: none), plus a rounding allowance of 1e-12 relative. */
    final double budget;
    /** Max coverage (p sites or a budget) rather than set cover. */
    private final boolean coverage;
    /** Reduced column → original facility. */
    final int[] kept;
    /** Uncovered weight no site can cover (max coverage). */
    final double constant;
    private final int[] rowStart;
    private final int[] rowSites;
    private final int[] colStart;
    private final int[] colRows;
    private final double[] w;
    private final double[] c;
    private final Deadline deadline;

    private final double[] rho;
    /** The relaxed site choice at the last {@link #lagrangian}: 0/1, fractional at the budget's marginal site. */
    private final double[] yval;
    private final double[] perCost;
    private final double[] g;
    private final double[] bestU;
    private final double[] ybar;
    private final int[] scratch;
    private final byte[] rowState;
    private final java.util.Set<Long> searched = new java.util.HashSet<>();
    private static final byte ACTIVE = 0;
    private static final byte COVERED = 1;
    private static final byte DEAD = 2;

    private CoverageModel(int p, double budget, int[] kept, double constant, int[][] rows, double[] w, double[] c,
                          Deadline deadline) {
        this.n = rows.length;
        this.m = kept.length;
        this.p = p;
        // sums of site costs in another order differ in the last bits: a set within 1e-12 of the budget fits
        this.budget = budget + 1e-12 * Math.abs(budget);
        this.coverage = p > 0 || !Double.isNaN(budget);
        this.kept = kept;
        this.constant = constant;
        this.w = w;
        this.c = c;
        this.deadline = deadline;
        rowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = rowStart[i] + rows[i].length;
        }
        rowSites = new int[rowStart[n]];
        int[] colCount = new int[m + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, rowSites, rowStart[i], rows[i].length);
            for (int j : rows[i]) {
                colCount[j + 1]++;
            }
        }
        colStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            colStart[j + 1] = colStart[j] + colCount[j + 1];
        }
        colRows = new int[rowStart[n]];
        int[] fill = Arrays.copyOf(colStart, m);
        for (int i = 0; i < n; i++) {
            for (int j : rows[i]) {
                colRows[fill[j]++] = i;
            }
        }
        rho = new double[m];
        yval = new double[m];
        perCost = new double[m];
        g = new double[n];
        bestU = new double[n];
        ybar = new double[m];
        scratch = new int[m];
        rowState = new byte[n];
    }

    /**
     * The covering model of {@code distances} within {@code radius}: max coverage with p sites (p ≥ 1) weighted by
     * {@code rowWeight}, or a set cover (p = 0) with site costs {@code colCost}. With {@code dropSupersetRows}
     * only whether every row can be covered matters (set cover, or a feasibility question).
     */
    static CoverageModel of(LocationProblem distances, double radius, double[] rowWeight, double[] colCost, int p,
                            boolean dropSupersetRows, Deadline deadline) {
        return of(distances, radius, rowWeight, colCost, p, Double.NaN, dropSupersetRows, deadline);
    }

    /** Max coverage with sites whose total {@code colCost} is at most {@code budget} (p = 0), or as above. */
    static CoverageModel of(LocationProblem distances, double radius, double[] rowWeight, double[] colCost, int p,
                            double budget, boolean dropSupersetRows, Deadline deadline) {
        int rowsIn = distances.clients();
        int colsIn = distances.facilities();
        int cw = words(colsIn);
        long[][] bits = new long[rowsIn][];
        double[] weight = new double[rowsIn];
        double constant = 0.0;
        int live = 0;
        for (int i = 0; i < rowsIn; i++) {
            long[] b = new long[cw];
            boolean any = false;
            for (int j = 0; j < colsIn; j++) {
                if (distances.cost(i, j) <= radius) {
                    b[j >> 6] |= 1L << j;
                    any = true;
                }
            }
            if (any) {
                bits[live] = b;
                weight[live++] = rowWeight[i];
            } else {
                constant += rowWeight[i];
            }
        }
        long[][] rows = Arrays.copyOf(bits, live);
        weight = Arrays.copyOf(weight, live);
        int[] cols = new int[colsIn];
        for (int j = 0; j < colsIn; j++) {
            cols[j] = j;
        }
        for (int round = 0; round < 10; round++) {
            int before = rows.length + cols.length;
            // rows over the kept columns, merged and (optionally) superset-dropped
            int[] position = new int[colsIn];
            Arrays.fill(position, -1);
            for (int b = 0; b < cols.length; b++) {
                position[cols[b]] = b;
            }
            long[][] proj = new long[rows.length][];
            for (int a = 0; a < rows.length; a++) {
                proj[a] = project(rows[a], position, words(cols.length));
            }
            Object[] merged = mergeRows(proj, weight, dropSupersetRows);
            rows = (long[][]) merged[0];
            weight = (double[]) merged[1];
            // columns over the kept rows, dominated ones dropped
            long[][] colBits = new long[cols.length][words(rows.length)];
            for (int a = 0; a < rows.length; a++) {
                long[] row = rows[a];
                for (int w = 0; w < row.length; w++) {
                    for (long word = row[w]; word != 0; word &= word - 1) {
                        colBits[(w << 6) + Long.numberOfTrailingZeros(word)][a >> 6] |= 1L << a;
                    }
                }
            }
            double[] cost = new double[cols.length];
            for (int b = 0; b < cols.length; b++) {
                cost[b] = colCost[cols[b]];
            }
            int[] keep = undominatedColumns(colBits, cost);
            int[] newCols = new int[keep.length];
            for (int b = 0; b < keep.length; b++) {
                newCols[b] = cols[keep[b]];
            }
            // rows back in the original column numbering
            long[][] back = new long[rows.length][cw];
            for (int a = 0; a < rows.length; a++) {
                long[] row = rows[a];
                for (int w = 0; w < row.length; w++) {
                    for (long word = row[w]; word != 0; word &= word - 1) {
                        int original = cols[(w << 6) + Long.numberOfTrailingZeros(word)];
                        back[a][original >> 6] |= 1L << original;
                    }
                }
            }
            rows = back;
            cols = newCols;
            if (rows.length + cols.length == before && round > 0) {
                break;
            }
        }
        int[] index = new int[colsIn];
        Arrays.fill(index, -1);
        for (int b = 0; b < cols.length; b++) {
            index[cols[b]] = b;
        }
        int[][] lists = new int[rows.length][];
        for (int a = 0; a < rows.length; a++) {
            // the last round's rows may still hold columns it dropped: index −1
            long[] kept = project(rows[a], index, words(cols.length));
            int count = 0;
            for (long word : kept) {
                count += Long.bitCount(word);
            }
            lists[a] = new int[count];
            int k = 0;
            for (int w = 0; w < kept.length; w++) {
                for (long word = kept[w]; word != 0; word &= word - 1) {
                    lists[a][k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                }
            }
        }
        double[] cost = new double[cols.length];
        for (int b = 0; b < cols.length; b++) {
            cost[b] = colCost[cols[b]];
        }
        return new CoverageModel(p == 0 ? 0 : Math.min(p, cols.length), budget, cols, constant, lists, weight, cost,
                deadline);
    }

    /** {@code row} (original column numbers) over the kept columns: bit {@code position[j]} for each kept j. */
    private static long[] project(long[] row, int[] position, int words) {
        long[] r = new long[words];
        for (int w = 0; w < row.length; w++) {
            for (long word = row[w]; word != 0; word &= word - 1) {
                int b = position[(w << 6) + Long.numberOfTrailingZeros(word)];
                if (b >= 0) {
                    r[b >> 6] |= 1L << b;
                }
            }
        }
        return r;
    }

    /** Equal rows merged (weights added, first kept); with {@code dropSupersets} rows containing another dropped. */
    private static Object[] mergeRows(long[][] rows, double[] weight, boolean dropSupersets) {
        Integer[] idx = new Integer[rows.length];
        for (int a = 0; a < rows.length; a++) {
            idx[a] = a;
        }
        Arrays.sort(idx, (x, y) -> {
            int cmp = Arrays.compare(rows[x], rows[y]);
            return cmp != 0 ? cmp : Integer.compare(x, y);
        });
        boolean[] keep = new boolean[rows.length];
        double[] sum = new double[rows.length];
        int first = -1;
        for (int k = 0; k < idx.length; k++) {
            int a = idx[k];
            if (first >= 0 && Arrays.equals(rows[first], rows[a])) {
                sum[first] += weight[a];
            } else {
                first = a;
                keep[a] = true;
                sum[a] = weight[a];
            }
        }
        if (dropSupersets) {
            dropSupersets(rows, keep);
        }
        int count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        long[][] out = new long[count][];
        double[] wOut = new double[count];
        int r = 0;
        for (int a = 0; a < rows.length; a++) {
            if (keep[a]) {
                out[r] = rows[a];
                wOut[r++] = sum[a];
            }
        }
        return new Object[] {out, wOut};
    }

    /**
     * Drops every kept row that contains another kept row (the distinct rows' minimal sets stay). A row b inside a
     * holds b's rarest column, which a must then hold too; so a is compared only with the rows filed under one of its
     * own columns, each row filed once under its rarest column — not with every row.
     */
    private static void dropSupersets(long[][] rows, boolean[] keep) {
        int n = rows.length;
        int bits = n == 0 ? 0 : rows[0].length * 64;
        int[] frequency = new int[bits];
        for (int a = 0; a < n; a++) {
            if (keep[a]) {
                forEachBit(rows[a], c -> frequency[c]++);
            }
        }
        int[] filedUnder = new int[n];
        int[] filedCount = new int[bits + 1];
        for (int a = 0; a < n; a++) {
            filedUnder[a] = keep[a] ? rarest(rows[a], frequency, bits) : -1;
            if (filedUnder[a] >= 0) {
                filedCount[filedUnder[a]]++;
            }
        }
        int[][] filed = bucket(filedUnder, filedCount);
        boolean[] candidate = keep.clone();
        for (int a = 0; a < n; a++) {
            if (!candidate[a]) {
                continue;
            }
            if (filed[bits].length > 0 && !(filed[bits].length == 1 && filed[bits][0] == a)) {
                keep[a] = false;
                continue;
            }
            long[] row = rows[a];
            search:
            for (int w = 0; w < row.length; w++) {
                for (long word = row[w]; word != 0; word &= word - 1) {
                    for (int b : filed[(w << 6) + Long.numberOfTrailingZeros(word)]) {
                        if (b != a && subset(rows[b], row)) {
                            keep[a] = false;
                            break search;
                        }
                    }
                }
            }
        }
    }

    /**
     * Columns not dominated: a column is dropped when another covers a superset at no higher cost (of equal sets at
     * equal cost the first stays). The dominating column covers the column's rarest row, so only the columns
     * covering that row are compared.
     */
    private static int[] undominatedColumns(long[][] cols, double[] cost) {
        int k = cols.length;
        int rowBits = k == 0 ? 0 : cols[0].length * 64;
        int[] rowFrequency = new int[rowBits];
        for (long[] col : cols) {
            forEachBit(col, r -> rowFrequency[r]++);
        }
        int[] rarestRow = new int[k];
        int[] columnsOfRowCount = new int[rowBits + 1];
        for (int a = 0; a < k; a++) {
            rarestRow[a] = rarest(cols[a], rowFrequency, rowBits);
            forEachBit(cols[a], r -> columnsOfRowCount[r]++);
        }
        int[][] columnsOfRow = new int[rowBits][];
        for (int r = 0; r < rowBits; r++) {
            columnsOfRow[r] = new int[columnsOfRowCount[r]];
        }
        int[] fill = new int[rowBits];
        for (int a = 0; a < k; a++) {
            int column = a;
            forEachBit(cols[a], r -> columnsOfRow[r][fill[r]++] = column);
        }
        int[] all = new int[k];
        for (int a = 0; a < k; a++) {
            all[a] = a;
        }
        boolean[] dropped = new boolean[k];
        for (int a = 0; a < k; a++) {
            for (int b : rarestRow[a] == rowBits ? all : columnsOfRow[rarestRow[a]]) {
                if (a == b || cost[b] > cost[a] || !subset(cols[a], cols[b])) {
                    continue;
                }
                boolean tie = cost[a] == cost[b] && subset(cols[b], cols[a]);
                if (!tie || b < a) {
                    dropped[a] = true;
                    break;
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

    /** The set bit of {@code set} with the lowest {@code frequency} (lowest index on ties); {@code none} if empty. */
    private static int rarest(long[] set, int[] frequency, int none) {
        int best = none;
        for (int w = 0; w < set.length; w++) {
            for (long word = set[w]; word != 0; word &= word - 1) {
                int bit = (w << 6) + Long.numberOfTrailingZeros(word);
                if (best == none || frequency[bit] < frequency[best]) {
                    best = bit;
                }
            }
        }
        return best;
    }

    /** Index lists: {@code [key]} the items whose key it is, in item order (keys −1 are left out). */
    private static int[][] bucket(int[] keyOf, int[] count) {
        int[][] lists = new int[count.length][];
        for (int key = 0; key < count.length; key++) {
            lists[key] = new int[count[key]];
        }
        int[] fill = new int[count.length];
        for (int item = 0; item < keyOf.length; item++) {
            if (keyOf[item] >= 0) {
                lists[keyOf[item]][fill[keyOf[item]]++] = item;
            }
        }
        return lists;
    }

    private static void forEachBit(long[] set, java.util.function.IntConsumer action) {
        for (int w = 0; w < set.length; w++) {
            for (long word = set[w]; word != 0; word &= word - 1) {
                action.accept((w << 6) + Long.numberOfTrailingZeros(word));
            }
        }
    }

    private static boolean subset(long[] small, long[] big) {
        for (int x = 0; x < small.length; x++) {
            if ((small[x] & ~big[x]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int words(int bits) {
        return Math.max(1, (bits + 63) >> 6);
    }

    @Override
    public int facilities() {
        return m;
    }

    /** The reduced open set in original facility indices, padded with the lowest closed ones up to {@code sites}. */
    boolean[] expand(boolean[] open, int facilities, int sites) {
        boolean[] result = new boolean[facilities];
        int count = 0;
        for (int b = 0; b < m; b++) {
            if (open[b]) {
                result[kept[b]] = true;
                count++;
            }
        }
        for (int j = 0; j < facilities && count < sites; j++) {
            if (!result[j]) {
                result[j] = true;
                count++;
            }
        }
        return result;
    }

    // ---- primal side -------------------------------------------------------------------------------------

    /** A first solution: greedy plus swaps (max coverage) or Chvátal's greedy (set cover), offered to the incumbent. */
    void heuristic(Incumbent incumbent) {
        if (coverage) {
            boolean[] open = greedyCoverage();
            swaps(open);
            evaluate(open, incumbent);
            boolean[] covered = new boolean[n];
            for (int j = 0; j < m; j++) {
                for (int e = colStart[j]; open[j] && e < colStart[j + 1]; e++) {
                    covered[colRows[e]] = true;
                }
            }
            marginal = 0;
            for (int j = 0; j < m; j++) {
                double gain = 0;
                for (int e = colStart[j]; !open[j] && e < colStart[j + 1]; e++) {
                    gain += covered[colRows[e]] ? 0 : w[colRows[e]];
                }
                marginal = Math.max(marginal, gain);
            }
            marginal = Math.max(marginal, 1e-9);
        } else {
            evaluate(greedyCover(new boolean[m], null), incumbent);
        }
    }

    /**
     * Greedy: the site adding the most weight (within a budget: per unit cost, among those still affordable); with a
     * budget the best single affordable site replaces the result when it covers more (Khuller, Moss &amp; Naor 1999).
     */
    private boolean[] greedyCoverage() {
        boolean[] open = new boolean[m];
        boolean[] covered = new boolean[n];
        double spent = 0.0;
        for (int added = 0; p == 0 || added < p; added++) {
            int best = -1;
            double bestScore = -1;
            for (int j = 0; j < m; j++) {
                if (open[j] || p == 0 && spent + c[j] > budget) {
                    continue;
                }
                double gain = 0;
                for (int e = colStart[j]; e < colStart[j + 1]; e++) {
                    gain += covered[colRows[e]] ? 0 : w[colRows[e]];
                }
                double score = p > 0 ? gain : (c[j] > 0 ? gain / c[j] : Double.MAX_VALUE * Math.signum(gain));
                if (score > bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            open[best] = true;
            spent += c[best];
            for (int e = colStart[best]; e < colStart[best + 1]; e++) {
                covered[colRows[e]] = true;
            }
        }
        if (p == 0) {
            int single = -1;
            double singleGain = 0;
            for (int j = 0; j < m; j++) {
                double gain = 0;
                for (int e = colStart[j]; c[j] <= budget && e < colStart[j + 1]; e++) {
                    gain += w[colRows[e]];
                }
                if (gain > singleGain) {
                    singleGain = gain;
                    single = j;
                }
            }
            double greedyGain = 0;
            for (int i = 0; i < n; i++) {
                greedyGain += covered[i] ? w[i] : 0;
            }
            if (singleGain > greedyGain) {
                Arrays.fill(open, false);
                open[single] = true;
            }
        }
        return open;
    }

    /**
     * Best-improvement swaps (one site in, one out) until none improves; max coverage. Within a budget also adding a
     * site, and a swap only when the total cost stays within it.
     */
    void swaps(boolean[] open) {
        int[] cnt = new int[n];
        int[] owner = new int[n];
        double[] gain = new double[m];
        double[] loss = new double[m];
        double[] corr = new double[m];
        int[] openList = new int[m];
        while (!deadline.expired()) {
            Arrays.fill(cnt, 0);
            for (int j = 0; j < m; j++) {
                if (open[j]) {
                    for (int e = colStart[j]; e < colStart[j + 1]; e++) {
                        int i = colRows[e];
                        cnt[i]++;
                        owner[i] = j;
                    }
                }
            }
            int openCount = 0;
            for (int j = 0; j < m; j++) {
                gain[j] = 0;
                loss[j] = 0;
                if (open[j]) {
                    openList[openCount++] = j;
                }
                for (int e = colStart[j]; e < colStart[j + 1]; e++) {
                    int i = colRows[e];
                    if (open[j] && cnt[i] == 1) {
                        loss[j] += w[i];
                    } else if (!open[j] && cnt[i] == 0) {
                        gain[j] += w[i];
                    }
                }
            }
            double bestDelta = 0;
            int bestIn = -1;
            int bestOut = -1;
            double spent = 0.0;
            for (int j = 0; j < m; j++) {
                spent += open[j] ? c[j] : 0;
            }
            for (int j = 0; j < m; j++) {
                if (open[j] || gain[j] <= bestDelta) {
                    continue;
                }
                if (p == 0 && spent + c[j] <= budget && gain[j] > bestDelta + 1e-9 * gain[j]) {
                    bestDelta = gain[j];
                    bestIn = j;
                    bestOut = -1;
                }
                for (int e = colStart[j]; e < colStart[j + 1]; e++) {
                    int i = colRows[e];
                    if (cnt[i] == 1) {
                        corr[owner[i]] += w[i];
                    }
                }
                for (int o = 0; o < openCount; o++) {
                    int r = openList[o];
                    double delta = gain[j] - loss[r] + corr[r];
                    if (p == 0 && spent - c[r] + c[j] > budget) {
                        continue;
                    }
                    if (delta > bestDelta + 1e-9 * Math.abs(delta)) {
                        bestDelta = delta;
                        bestIn = j;
                        bestOut = r;
                    }
                }
                for (int e = colStart[j]; e < colStart[j + 1]; e++) {
                    int i = colRows[e];
                    if (cnt[i] == 1) {
                        corr[owner[i]] = 0;
                    }
                }
            }
            if (bestIn < 0) {
                return;
            }
            open[bestIn] = true;
            if (bestOut >= 0) {
                open[bestOut] = false;
            }
        }
    }

    /**
     * Set cover: {@code start} (may be empty), completed by the column with the lowest cost per newly covered row
     * (ties: lower reduced cost, then lower index), then redundant columns removed, most expensive first.
     */
    private boolean[] greedyCover(boolean[] start, double[] reduced) {
        boolean[] open = start.clone();
        int[] cnt = new int[n];
        int[] fresh = new int[m];
        for (int j = 0; j < m; j++) {
            if (open[j]) {
                for (int e = colStart[j]; e < colStart[j + 1]; e++) {
                    cnt[colRows[e]]++;
                }
            }
        }
        int uncovered = 0;
        for (int i = 0; i < n; i++) {
            uncovered += cnt[i] == 0 ? 1 : 0;
        }
        for (int j = 0; j < m; j++) {
            for (int e = colStart[j]; e < colStart[j + 1]; e++) {
                fresh[j] += cnt[colRows[e]] == 0 ? 1 : 0;
            }
        }
        while (uncovered > 0) {
            int best = -1;
            double bestScore = Double.POSITIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                if (open[j] || fresh[j] == 0) {
                    continue;
                }
                double score = c[j] / fresh[j];
                if (score < bestScore - 1e-12 || (score <= bestScore + 1e-12 && reduced != null && best >= 0
                        && reduced[j] < reduced[best])) {
                    bestScore = score;
                    best = j;
                }
            }
            open[best] = true;
            for (int e = colStart[best]; e < colStart[best + 1]; e++) {
                int i = colRows[e];
                if (cnt[i]++ == 0) {
                    uncovered--;
                    for (int f = rowStart[i]; f < rowStart[i + 1]; f++) {
                        fresh[rowSites[f]]--;
                    }
                }
            }
        }
        int count = 0;
        for (int j = 0; j < m; j++) {
            if (open[j]) {
                scratch[count++] = j;
            }
        }
        IndexSort.sortByKey(scratch, count, c);
        for (int s = count - 1; s >= 0; s--) {
            int j = scratch[s];
            boolean redundant = true;
            for (int e = colStart[j]; e < colStart[j + 1] && redundant; e++) {
                redundant = cnt[colRows[e]] >= 2;
            }
            if (redundant) {
                open[j] = false;
                for (int e = colStart[j]; e < colStart[j + 1]; e++) {
                    cnt[colRows[e]]--;
                }
            }
        }
        return open;
    }

    @Override
    public double evaluate(boolean[] open, Incumbent incumbent) {
        double value;
        if (coverage) {
            if (p > 0 ? BranchAndBound.count(open) > p : spent(open) > budget) {
                return Double.POSITIVE_INFINITY;
            }
            value = constant;
            for (int i = 0; i < n; i++) {
                boolean hit = false;
                for (int e = rowStart[i]; e < rowStart[i + 1] && !hit; e++) {
                    hit = open[rowSites[e]];
                }
                value += hit ? 0 : w[i];
            }
        } else {
            value = 0.0;
            for (int i = 0; i < n; i++) {
                boolean hit = false;
                for (int e = rowStart[i]; e < rowStart[i + 1] && !hit; e++) {
                    hit = open[rowSites[e]];
                }
                if (!hit) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            for (int j = 0; j < m; j++) {
                value += open[j] ? c[j] : 0;
            }
        }
        incumbent.offer(open, value);
        return value;
    }

    private double spent(boolean[] open) {
        double total = 0.0;
        for (int j = 0; j < m; j++) {
            total += open[j] ? c[j] : 0;
        }
        return total;
    }

    // ---- dual side ---------------------------------------------------------------------------------------

    @Override
    public double[] initialMultipliers() {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            if (coverage) {
                u[i] = Math.min(w[i], marginal) / (rowStart[i + 1] - rowStart[i]);
            } else {
                double best = Double.POSITIVE_INFINITY;
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    int j = rowSites[e];
                    best = Math.min(best, c[j] / (colStart[j + 1] - colStart[j]));
                }
                u[i] = best;
            }
        }
        return u;
    }

    /** Marks rows covered by a fixed-open site and rows with no site left; false when the node is infeasible. */
    private boolean prepare(byte[] fixed, double[] u) {
        for (int i = 0; i < n; i++) {
            byte state = DEAD;
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                byte f = fixed[rowSites[e]];
                if (f == OPEN) {
                    state = COVERED;
                    break;
                }
                if (f == FREE) {
                    state = ACTIVE;
                }
            }
            rowState[i] = state;
            if (state == DEAD && !coverage) {
                return false;
            }
            if (state == COVERED) {
                u[i] = 0;
            } else if (state == DEAD) {
                u[i] = w[i];
            }
        }
        return true;
    }

    /** L(u) with the node's fixings; fills {@link #rho} and the relaxed open set; +∞ when infeasible. */
    private double lagrangian(double[] u, byte[] fixed, boolean[] sel) {
        double total = coverage ? constant : 0.0;
        for (int j = 0; j < m; j++) {
            rho[j] = coverage ? 0.0 : c[j];
        }
        for (int i = 0; i < n; i++) {
            if (rowState[i] == DEAD) {
                total += w[i];
            } else if (rowState[i] == ACTIVE) {
                double ui = u[i];
                total += ui;
                if (ui != 0) {
                    for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                        rho[rowSites[e]] -= ui;
                    }
                }
            }
        }
        Arrays.fill(sel, false);
        Arrays.fill(yval, 0.0);
        int free = 0;
        int openCount = 0;
        double spent = 0.0;
        for (int j = 0; j < m; j++) {
            if (fixed[j] == OPEN) {
                sel[j] = true;
                yval[j] = 1.0;
                total += rho[j];
                openCount++;
                spent += c[j];
            } else if (fixed[j] == FREE) {
                if (!coverage) {
                    if (rho[j] < 0) {
                        sel[j] = true;
                        yval[j] = 1.0;
                        total += rho[j];
                    }
                } else if (p > 0 || rho[j] < 0) {
                    scratch[free++] = j;
                }
            }
        }
        if (p > 0) {
            int need = p - openCount;
            if (need < 0 || need > free) {
                return Double.POSITIVE_INFINITY;
            }
            IndexSort.sortByKey(scratch, free, rho);
            for (int s = 0; s < need; s++) {
                sel[scratch[s]] = true;
                yval[scratch[s]] = 1.0;
                total += rho[scratch[s]];
            }
        } else if (coverage) {
            // the knapsack over the sites with negative reduced cost, as its LP: most negative per unit cost first
            double left = budget - spent;
            if (left < 0) {
                return Double.POSITIVE_INFINITY;
            }
            for (int s = 0; s < free; s++) {
                int j = scratch[s];
                perCost[j] = c[j] > 0 ? rho[j] / c[j] : Double.NEGATIVE_INFINITY;
            }
            IndexSort.sortByKey(scratch, free, perCost);
            for (int s = 0; s < free && left > 0; s++) {
                int j = scratch[s];
                double share = c[j] <= left ? 1.0 : left / c[j];
                sel[j] = true;
                yval[j] = share;
                total += share * rho[j];
                left -= share * c[j];
            }
        }
        return total;
    }

    @Override
    public double bound(byte[] fixed, double[] u, double pruneAt, int maxIterations, boolean[] chosen,
                        Incumbent incumbent) {
        if (!prepare(fixed, u)) {
            return Double.POSITIVE_INFINITY;
        }
        boolean[] sel = new boolean[m];
        boolean root = maxIterations >= BranchAndBound.ROOT_ITERATIONS;
        int iterations = root ? ROOT_ITERATIONS : maxIterations;
        // Volume algorithm (Barahona & Anbil 2000): the direction is the subgradient at a running average of the
        // relaxed solutions (an approximate LP primal), steps are taken from the best multipliers so far
        double best = lagrangian(u, fixed, sel);
        if (best == Double.POSITIVE_INFINITY) {
            return best;
        }
        System.arraycopy(u, 0, bestU, 0, n);
        System.arraycopy(sel, 0, chosen, 0, m);
        for (int j = 0; j < m; j++) {
            ybar[j] = yval[j];
        }
        double f = START_STEP;
        int red = 0;
        for (int it = 0; it < iterations; it++) {
            pruneAt = Math.min(pruneAt, incumbent.pruneAt());
            if (best >= pruneAt || f < MIN_STEP || deadline.expired()) {
                break;
            }
            if (root && it % HEURISTIC_EVERY == 0) {
                primal(sel, incumbent);
            }
            double norm = 0.0;
            for (int i = 0; i < n; i++) {
                double gi = 0;
                if (rowState[i] == ACTIVE) {
                    double hit = 0;
                    for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                        hit += ybar[rowSites[e]];
                    }
                    gi = 1 - hit;
                    if ((gi < 0 && bestU[i] <= 0) || (coverage && gi > 0 && bestU[i] >= w[i])) {
                        gi = 0;
                    }
                }
                g[i] = gi;
                norm += gi * gi * scale(i);
            }
            if (norm < 1e-18) {
                break;
            }
            double target = Math.min(incumbent.value, Double.MAX_VALUE);
            double t = f * Math.max(target - best, 1e-9 * Math.abs(target) + 1e-9) / norm;
            for (int i = 0; i < n; i++) {
                double ui = bestU[i] + t * scale(i) * g[i];
                u[i] = ui < 0 ? 0 : (coverage && ui > w[i] ? w[i] : ui);
            }
            double value = lagrangian(u, fixed, sel);
            if (value == Double.POSITIVE_INFINITY) {
                return value;
            }
            for (int j = 0; j < m; j++) {
                ybar[j] = VOLUME_ALPHA * yval[j] + (1 - VOLUME_ALPHA) * ybar[j];
            }
            if (value > best) {
                best = value;
                System.arraycopy(u, 0, bestU, 0, n);
                System.arraycopy(sel, 0, chosen, 0, m);
                red = 0;
                f = Math.min(2.0, f * 1.1);
            } else if (++red >= WINDOW) {
                f *= 0.66;
                red = 0;
            }
        }
        System.arraycopy(bestU, 0, u, 0, n);
        double value = lagrangian(u, fixed, sel);
        primal(sel, incumbent);
        fixByReducedCost(fixed, value, sel, Math.min(pruneAt, incumbent.pruneAt()));
        return best;
    }

    /** Max coverage: the largest weight a closed site would add to the first solution (the marginal site's value). */
    private double marginal = Double.POSITIVE_INFINITY;

    private double scale(int i) {
        return coverage ? Math.min(w[i], marginal) : 1.0;
    }

    private void primal(boolean[] sel, Incumbent incumbent) {
        if (coverage) {
            boolean[] open = sel.clone();
            long h = 1125899906842597L;
            for (int j = 0; j < m; j++) {
                open[j] &= yval[j] >= 1.0;
                h = open[j] ? 31 * h + j + 1 : h;
            }
            // each relaxed open set is polished once (nodes deep in the tree keep proposing the same few)
            if (!searched.add(h)) {
                return;
            }
            swaps(open);
            evaluate(open, incumbent);
        } else {
            evaluate(greedyCover(sel, rho), incumbent);
        }
    }

    /** Within a budget no fixing: forcing a site in or out changes the knapsack in ways one ρ does not bound. */
    private void fixByReducedCost(byte[] fixed, double bound, boolean[] sel, double pruneAt) {
        if (bound == Double.POSITIVE_INFINITY || bound == Double.NEGATIVE_INFINITY || coverage && p == 0) {
            return;
        }
        double worstIn = Double.NEGATIVE_INFINITY;
        double bestOut = Double.POSITIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            if (fixed[j] == FREE) {
                if (sel[j]) {
                    worstIn = Math.max(worstIn, rho[j]);
                } else {
                    bestOut = Math.min(bestOut, rho[j]);
                }
            }
        }
        for (int j = 0; j < m; j++) {
            if (fixed[j] != FREE) {
                continue;
            }
            double flipped = p > 0
                    ? (sel[j] ? bound - rho[j] + bestOut : bound + rho[j] - worstIn)
                    : bound + Math.abs(rho[j]);
            if (flipped >= pruneAt) {
                fixed[j] = sel[j] ? OPEN : CLOSED;
            }
        }
    }

    @Override
    public int branchVariable(byte[] fixed, boolean[] chosen) {
        for (int j = 0; j < m; j++) {
            if (fixed[j] == FREE && yval[j] > 0 && yval[j] < 1) {
                return j;
            }
        }
        // the Volume algorithm's averaged choice approximates the LP solution: branch on its most fractional site
        int best = -1;
        for (int j = 0; j < m; j++) {
            if (fixed[j] == FREE && ybar[j] > BRANCH_FRACTION && ybar[j] < 1 - BRANCH_FRACTION
                    && (best < 0 || Math.abs(ybar[j] - 0.5) < Math.abs(ybar[best] - 0.5))) {
                best = j;
            }
        }
        return best >= 0 ? best : BranchAndBound.mostNegativeFree(fixed, chosen, rho);
    }
}
