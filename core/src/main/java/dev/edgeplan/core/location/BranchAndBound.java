package dev.edgeplan.core.location;

import java.util.ArrayDeque;

/**
 * Depth-first Lagrangian branch and bound over facility open/closed variables (Beasley 1985, 1988):
 * each node runs subgradient optimisation warm-started from its parent's multipliers, fixes variables
 * by reduced cost, offers its relaxed open set to the incumbent, and branches on one free facility,
 * the "open" child first. A node with every facility fixed is evaluated exactly.
 */
final class BranchAndBound {

    /** Subgradient iterations at the root: enough for the bound to settle on OR-Library sizes. */
    static final int ROOT_ITERATIONS = 3000;

    /**
     * Subgradient iterations below the root, warm-started from the parent's multipliers: on pmed35–39 more
     * iterations tighten each node too little to pay for themselves.
     */
    static final int NODE_ITERATIONS = 50;

    /** Search outcome: the bound is proven whenever {@code finished}. */
    record Outcome(double lowerBound, boolean finished, long nodes) {
    }

    private record Node(byte[] fixed, double[] lambda, double parentBound) {
    }

    private BranchAndBound() {
    }

    /**
     * @param branch false for the heuristic path: bound the root only
     */
    static Outcome search(Relaxation relaxation, Incumbent incumbent, Deadline deadline, boolean branch) {
        int m = relaxation.facilities();
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(new Node(new byte[m], relaxation.initialMultipliers(), Double.NEGATIVE_INFINITY));
        boolean[] chosen = new boolean[m];
        long nodes = 0;
        double rootBound = Double.NEGATIVE_INFINITY;
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node.parentBound >= incumbent.pruneAt()) {
                continue;
            }
            if (nodes > 0 && deadline.expired()) {
                stack.push(node);
                return new Outcome(openBound(stack, incumbent), false, nodes);
            }
            nodes++;
            byte[] fixed = node.fixed;
            double lb;
            if (allFixed(fixed)) {
                lb = relaxation.evaluate(openSet(fixed), incumbent);
            } else {
                int iterations = nodes == 1 ? ROOT_ITERATIONS : NODE_ITERATIONS;
                lb = Math.max(node.parentBound,
                        relaxation.bound(fixed, node.lambda, incumbent.pruneAt(), iterations, chosen, incumbent));
            }
            if (nodes == 1) {
                rootBound = incumbent.roundBound(lb);
                if (!branch) {
                    boolean proven = lb >= incumbent.pruneAt();
                    return new Outcome(proven ? incumbent.value : Math.min(rootBound, incumbent.value), proven, nodes);
                }
            }
            if (lb >= incumbent.pruneAt()) {
                continue;
            }
            int j = relaxation.branchVariable(fixed, chosen);
            if (j < 0) {
                continue;
            }
            byte[] closedChild = fixed.clone();
            closedChild[j] = Relaxation.CLOSED;
            byte[] openChild = fixed.clone();
            openChild[j] = Relaxation.OPEN;
            stack.push(new Node(closedChild, node.lambda.clone(), lb));
            stack.push(new Node(openChild, node.lambda, lb));
        }
        return new Outcome(incumbent.value, true, Math.max(nodes, 1));
    }

    private static double openBound(ArrayDeque<Node> stack, Incumbent incumbent) {
        double lb = incumbent.value;
        for (Node n : stack) {
            lb = Math.min(lb, incumbent.roundBound(n.parentBound));
        }
        return lb;
    }

    private static boolean allFixed(byte[] fixed) {
        for (byte b : fixed) {
            if (b == Relaxation.FREE) {
                return false;
            }
        }
        return true;
    }

    static boolean[] openSet(byte[] fixed) {
        boolean[] open = new boolean[fixed.length];
        for (int j = 0; j < fixed.length; j++) {
            open[j] = fixed[j] == Relaxation.OPEN;
        }
        return open;
    }

    /**
     * The chosen free facility with the most negative reduced cost (closing it costs the bound most, so the
     * "closed" child is pruned soonest), else the free one with the lowest; -1 when none is free.
     */
    static int mostNegativeFree(byte[] fixed, boolean[] chosen, double[] rho) {
        int best = -1;
        for (int pass = 0; pass < 2 && best < 0; pass++) {
            for (int j = 0; j < fixed.length; j++) {
                if (fixed[j] == Relaxation.FREE && (pass == 1 || chosen[j]) && (best < 0 || rho[j] < rho[best])) {
                    best = j;
                }
            }
        }
        return best;
    }

    static int count(boolean[] set) {
        int c = 0;
        for (boolean b : set) {
            c += b ? 1 : 0;
        }
        return c;
    }
}
