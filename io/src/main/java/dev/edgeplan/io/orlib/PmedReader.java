package dev.edgeplan.io.orlib;

import dev.edgeplan.core.location.LocationProblem;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an OR-Library p-median file (Beasley 1985, "pmedinfo"): a line "n edges p", then one line
 * "i j cost" per undirected edge, 1-based. Edges may repeat and, as OR-Library specifies, the last cost
 * read wins. All-pairs shortest paths (Floyd–Warshall) give the allocation costs; every vertex is a
 * unit-demand client and a candidate site.
 */
public final class PmedReader {

    /** Largest vertex count read: a dense n × n matrix of doubles at 20 000 is 3.2 GB. */
    static final int MAX_VERTICES = 20_000;

    /** A p-median instance: the distance problem and the number of medians. */
    public record PmedInstance(String name, LocationProblem problem, int p) {
    }

    private PmedReader() {
    }

    public static PmedInstance read(Path path) throws OrlibFormatException {
        Tokens t = new Tokens(path);
        int n = t.nextInt("vertex count n", 1, MAX_VERTICES);
        int edges = t.nextInt("edge count", 0, Integer.MAX_VALUE);
        int p = t.nextInt("median count p", 1, n);
        double[] d = new double[n * n];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int e = 0; e < edges; e++) {
            int i = t.nextInt("edge " + (e + 1) + " first vertex", 1, n) - 1;
            int j = t.nextInt("edge " + (e + 1) + " second vertex", 1, n) - 1;
            double c = t.nextNumber("edge " + (e + 1) + " cost");
            d[i * n + j] = c;
            d[j * n + i] = c;
        }
        t.expectEnd();
        for (int i = 0; i < n; i++) {
            d[i * n + i] = 0.0;
        }
        floydWarshall(d, n);
        for (int i = 0; i < n * n; i++) {
            if (d[i] == Double.POSITIVE_INFINITY) {
                throw new OrlibFormatException(path + ": graph is not connected: no path from vertex "
                        + (i / n + 1) + " to vertex " + (i % n + 1));
            }
        }
        return new PmedInstance(instanceName(path), LocationProblem.ofDistances(n, n, d), p);
    }

    static void floydWarshall(double[] d, int n) {
        for (int via = 0; via < n; via++) {
            int viaRow = via * n;
            for (int i = 0; i < n; i++) {
                double di = d[i * n + via];
                if (di == Double.POSITIVE_INFINITY) {
                    continue;
                }
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    double through = di + d[viaRow + j];
                    if (through < d[row + j]) {
                        d[row + j] = through;
                    }
                }
            }
        }
    }

    /** The file name without its extension, e.g. "pmed1". */
    public static String instanceName(Path path) {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
