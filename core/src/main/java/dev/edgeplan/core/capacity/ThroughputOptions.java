package dev.edgeplan.core.capacity;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A workload's throughput options on one server (every tensor-parallel degree × batch the roofline allows: thousands
 * for a large model), with their order by per-accelerator rate, fastest first. Sizing walks that order and stops at
 * the first option whose rate alone needs more accelerators than the best found, instead of scanning every option
 * on every call; built once per plan and reused for every site and year.
 */
public final class ThroughputOptions {

    private final List<Throughput> all;
    private final int[] fastestFirst;
    private final int maxTensorParallel;

    private ThroughputOptions(List<Throughput> all) {
        this.all = List.copyOf(all);
        // ties keep the list's order (a stable sort of boxed indices), though sizing breaks ties by index anyway
        Comparator<Integer> byRate = Comparator.comparingDouble(i -> this.all.get(i).perAcceleratorPerS());
        this.fastestFirst = IntStream.range(0, this.all.size()).boxed().sorted(byRate.reversed())
                .mapToInt(Integer::intValue).toArray();
        this.maxTensorParallel = this.all.stream().mapToInt(t -> Math.max(1, t.tensorParallel())).max().orElse(1);
    }

    public static ThroughputOptions of(List<Throughput> options) {
        return new ThroughputOptions(options);
    }

    /** The options in their original order (the order that breaks ties between equally good options). */
    public List<Throughput> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The {@code rank}-th fastest option's index in {@link #all()}. */
    int fastest(int rank) {
        return fastestFirst[rank];
    }

    int maxTensorParallel() {
        return maxTensorParallel;
    }
}
