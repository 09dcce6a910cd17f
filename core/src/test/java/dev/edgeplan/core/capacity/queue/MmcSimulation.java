package dev.edgeplan.core.capacity.queue;

import java.util.SplittableRandom;

/**
 * Test-only discrete-event simulation of an M/M/c FCFS queue, used to cross-check {@link ErlangC}.
 *
 * <p>With FCFS and identical servers the event simulation reduces to the multi-server Lindley recursion:
 * customer n arrives at {@code A_n}, starts service at {@code max(A_n, earliest server-free time)} on that
 * server, and the server's free time becomes start + service. Server free times are kept in a binary
 * min-heap of primitives. Randomness is a fixed-seed {@link SplittableRandom}, so runs are reproducible.
 */
final class MmcSimulation {

    /** Observed statistics over the measured customers (those after the warm-up). */
    record Result(long customers, double fractionWaited, double meanWait, double fractionWaitExceeds) {
    }

    private MmcSimulation() {
    }

    /**
     * @param servers         c ≥ 1
     * @param arrivalRate     λ &gt; 0
     * @param meanServiceTime S &gt; 0 (a = λ·S must be &lt; c for meaningful results)
     * @param threshold       t for the fraction with wait &gt; t
     * @param warmup          customers simulated and discarded first
     * @param customers       customers measured after the warm-up
     * @param seed            random seed
     */
    static Result run(int servers, double arrivalRate, double meanServiceTime, double threshold,
                      long warmup, long customers, long seed) {
        if (servers < 1 || !(arrivalRate > 0) || !(meanServiceTime > 0) || warmup < 0 || customers < 1) {
            throw new IllegalArgumentException("bad simulation parameters");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] heap = new double[servers];   // all servers free at time 0
        double meanInterarrival = 1.0 / arrivalRate;
        double now = 0.0;
        long waited = 0;
        long exceeded = 0;
        double sumWait = 0.0;
        long total = warmup + customers;
        for (long n = 0; n < total; n++) {
            now += exponential(rng, meanInterarrival);
            double free = heap[0];
            double start = Math.max(now, free);
            double wait = start - now;
            siftDownRoot(heap, start + exponential(rng, meanServiceTime));
            if (n >= warmup) {
                if (wait > 0.0) {
                    waited++;
                    sumWait += wait;
                    if (wait > threshold) {
                        exceeded++;
                    }
                }
            }
        }
        return new Result(customers, (double) waited / customers, sumWait / customers,
                (double) exceeded / customers);
    }

    private static double exponential(SplittableRandom rng, double mean) {
        // 1 − U is in (0, 1], so the logarithm is finite.
        return -mean * Math.log(1.0 - rng.nextDouble());
    }

    /** Replaces the minimum (root) with {@code value} and restores the min-heap property. */
    private static void siftDownRoot(double[] heap, double value) {
        int n = heap.length;
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= n) {
                break;
            }
            int right = left + 1;
            int child = right < n && heap[right] < heap[left] ? right : left;
            if (heap[child] >= value) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = value;
    }
}
