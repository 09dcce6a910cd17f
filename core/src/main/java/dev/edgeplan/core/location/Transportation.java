package dev.edgeplan.core.location;

import java.util.Arrays;

/**
 * Splittable assignment of client demand to a fixed set of open facilities at least cost: the
 * transportation problem, solved exactly by successive shortest paths with node potentials
 * (Dijkstra on reduced costs, binary heap). Flows are in demand units; moving client i's whole demand to
 * facility j costs {@code cost[i*m + j]}.
 */
final class Transportation {

    /** Demand left below this share of a client's demand counts as served (floating-point residue). */
    private static final double FLOW_EPS = 1e-12;

    private final int n;
    private final int m;
    private final double[] demand;
    private final double[] capacity;
    private final double[] cost;

    /** [i*m + j] demand of client i served by facility j in the last solve. */
    final double[] flow;

    Transportation(LocationProblem problem) {
        this.n = problem.clients();
        this.m = problem.facilities();
        this.demand = problem.demand();
        this.capacity = problem.capacity();
        this.cost = problem.cost();
        this.flow = new double[n * m];
    }

    /** Least allocation cost with exactly {@code open} available, +∞ when their capacity is short. */
    double solve(boolean[] open) {
        Arrays.fill(flow, 0.0);
        int[] fac = new int[m];
        int f = 0;
        double cap = 0.0;
        double total = 0.0;
        for (int j = 0; j < m; j++) {
            if (open[j]) {
                fac[f++] = j;
                cap += capacity[j];
            }
        }
        for (double d : demand) {
            total += d;
        }
        if (f == 0 || cap < total * (1 - FLOW_EPS)) {
            return Double.POSITIVE_INFINITY;
        }
        if (nearestFits(fac, f)) {
            return allocationCost(fac, f);
        }
        Arrays.fill(flow, 0.0);
        double[] rem = demand.clone();
        double[] load = new double[m];
        // nodes: 0 = source, 1..n clients, n+1..n+f open facilities, n+f+1 = sink
        int nodes = n + f + 2;
        int sink = nodes - 1;
        double[] pot = new double[nodes];
        double[] dist = new double[nodes];
        int[] pred = new int[nodes];
        Heap heap = new Heap(nodes * 4, nodes);
        boolean[] done = heap.settled;
        double remaining = total;
        while (remaining > total * FLOW_EPS) {
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(done, false);
            heap.clear();
            dist[0] = 0.0;
            pred[0] = -1;
            heap.push(0.0, 0);
            while (!heap.isEmpty()) {
                int u = heap.popNode();
                if (done[u]) {
                    continue;
                }
                done[u] = true;
                if (u == sink) {
                    break;
                }
                if (u == 0) {
                    for (int i = 0; i < n; i++) {
                        if (rem[i] > demand[i] * FLOW_EPS) {
                            relax(u, 1 + i, 0.0, pot, dist, pred, heap);
                        }
                    }
                } else if (u <= n) {
                    int i = u - 1;
                    double unit = demand[i] > 0 ? 1.0 / demand[i] : 0.0;
                    for (int a = 0; a < f; a++) {
                        relax(u, n + 1 + a, cost[i * m + fac[a]] * unit, pot, dist, pred, heap);
                    }
                } else {
                    int j = fac[u - n - 1];
                    for (int i = 0; i < n; i++) {
                        if (flow[i * m + j] > 0) {
                            relax(u, 1 + i, -cost[i * m + j] / demand[i], pot, dist, pred, heap);
                        }
                    }
                    if (load[j] < capacity[j]) {
                        relax(u, sink, 0.0, pot, dist, pred, heap);
                    }
                }
            }
            if (!done[sink]) {
                return Double.POSITIVE_INFINITY;
            }
            double reach = dist[sink];
            for (int v = 0; v < nodes; v++) {
                pot[v] += Math.min(dist[v], reach);
            }
            double push = Double.POSITIVE_INFINITY;
            for (int v = sink; pred[v] >= 0; v = pred[v]) {
                int u = pred[v];
                if (u == 0) {
                    push = Math.min(push, rem[v - 1]);
                } else if (v == sink) {
                    int j = fac[u - n - 1];
                    push = Math.min(push, capacity[j] - load[j]);
                } else if (u > n) {
                    push = Math.min(push, flow[(v - 1) * m + fac[u - n - 1]]);
                }
            }
            for (int v = sink; pred[v] >= 0; v = pred[v]) {
                int u = pred[v];
                if (u == 0) {
                    rem[v - 1] = rem[v - 1] - push <= demand[v - 1] * FLOW_EPS ? 0.0 : rem[v - 1] - push;
                } else if (v == sink) {
                    int j = fac[u - n - 1];
                    load[j] = capacity[j] - load[j] - push <= capacity[j] * FLOW_EPS ? capacity[j] : load[j] + push;
                } else if (u > n) {
                    int arc = (v - 1) * m + fac[u - n - 1];
                    flow[arc] -= push;
                    if (flow[arc] <= demand[v - 1] * FLOW_EPS) {
                        flow[arc] = 0.0;
                    }
                } else {
                    flow[(u - 1) * m + fac[v - n - 1]] += push;
                }
            }
            if (!(push > 0)) {
                throw new IllegalStateException("transportation: no progress along an augmenting path");
            }
            remaining -= push;
        }
        return allocationCost(fac, f);
    }

    private double allocationCost(int[] fac, int f) {
        double result = 0.0;
        for (int i = 0; i < n; i++) {
            if (demand[i] > 0) {
                for (int a = 0; a < f; a++) {
                    result += cost[i * m + fac[a]] * flow[i * m + fac[a]] / demand[i];
                }
            }
        }
        return result;
    }

    /**
     * Serves every client from its cheapest open facility; when no capacity is exceeded that is optimal (each
     * client pays its minimum) and the flow search is skipped. Returns whether it fitted.
     */
    private boolean nearestFits(int[] fac, int f) {
        double[] load = new double[m];
        for (int i = 0; i < n; i++) {
            int best = fac[0];
            for (int a = 1; a < f; a++) {
                if (cost[i * m + fac[a]] < cost[i * m + best]) {
                    best = fac[a];
                }
            }
            flow[i * m + best] = demand[i];
            load[best] += demand[i];
        }
        for (int a = 0; a < f; a++) {
            if (load[fac[a]] > capacity[fac[a]]) {
                return false;
            }
        }
        return true;
    }

    /** The facility serving the largest share of each client in the last solve. */
    int[] mainFacility() {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = -1;
            double best = 0.0;
            for (int j = 0; j < m; j++) {
                if (flow[i * m + j] > best) {
                    best = flow[i * m + j];
                    a[i] = j;
                }
            }
        }
        return a;
    }

    private static void relax(int u, int v, double arcCost, double[] pot, double[] dist, int[] pred, Heap heap) {
        double d = dist[u] + arcCost + pot[u] - pot[v];
        if (d < dist[v] && !heap.settled[v]) {
            dist[v] = d;
            pred[v] = u;
            heap.push(d, v);
        }
    }

    /** A binary min-heap of (key, node) with lazy deletion. */
    private static final class Heap {
        private double[] keys;
        private int[] nodes;
        private int size;
        /** Nodes whose distance is final: never relaxed again, so rounding cannot bend a settled path into a cycle. */
        final boolean[] settled;

        Heap(int capacity, int nodeCount) {
            keys = new double[capacity];
            nodes = new int[capacity];
            settled = new boolean[nodeCount];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(double key, int node) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            int c = size++;
            while (c > 0) {
                int parent = (c - 1) / 2;
                if (keys[parent] <= key) {
                    break;
                }
                keys[c] = keys[parent];
                nodes[c] = nodes[parent];
                c = parent;
            }
            keys[c] = key;
            nodes[c] = node;
        }

        int popNode() {
            int top = nodes[0];
            double key = keys[--size];
            int node = nodes[size];
            int c = 0;
            while (true) {
                int child = 2 * c + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[c] = keys[child];
                nodes[c] = nodes[child];
                c = child;
            }
            keys[c] = key;
            nodes[c] = node;
            return top;
        }
    }
}
