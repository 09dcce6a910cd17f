package dev.edgeplan.core.location;

/** Sorts int indices by a double key without boxing; ties by index so results are deterministic. */
final class IndexSort {

    private IndexSort() {
    }

    /** Heap sort of {@code idx[0..len)} by ascending {@code key[idx]}, then ascending index. */
    static void sortByKey(int[] idx, int len, double[] key) {
        for (int start = len / 2 - 1; start >= 0; start--) {
            siftDown(idx, start, len, key);
        }
        for (int end = len - 1; end > 0; end--) {
            int t = idx[0];
            idx[0] = idx[end];
            idx[end] = t;
            siftDown(idx, 0, end, key);
        }
    }

    /** Same, for keys stored at {@code key[offset + idx]}. */
    static void sortRow(int[] idx, double[] key, int offset, int len) {
        double[] row = new double[len];
        System.arraycopy(key, offset, row, 0, len);
        sortByKey(idx, len, row);
    }

    private static boolean less(int a, int b, double[] key) {
        return key[a] < key[b] || key[a] == key[b] && a < b;
    }

    private static void siftDown(int[] idx, int root, int len, double[] key) {
        int r = root;
        while (true) {
            int child = 2 * r + 1;
            if (child >= len) {
                return;
            }
            if (child + 1 < len && less(idx[child], idx[child + 1], key)) {
                child++;
            }
            if (!less(idx[r], idx[child], key)) {
                return;
            }
            int t = idx[r];
            idx[r] = idx[child];
            idx[child] = t;
            r = child;
        }
    }
}
