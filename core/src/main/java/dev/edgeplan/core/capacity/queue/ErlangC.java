package dev.edgeplan.core.capacity.queue;

/**
 * Erlang B / Erlang C queueing formulas for the TTFT queueing check of
 * shared/research/inference-sizing.md §4.4.
 *
 * <p>Conventions used by every method:
 * <ul>
 *   <li>{@code c} is the number of servers ("slots"), {@code c ≥ 1};</li>
 *   <li>{@code offeredLoad} is {@code a = λ·S}, the offered load in servers (Erlangs);
 *       the per-server utilization is {@code ρ = a / c};</li>
 *   <li>{@code meanServiceTime} is {@code S}; wait times and budgets are in the same time unit as {@code S}.</li>
 * </ul>
 *
 * <p>Numerics: Erlang B is computed with the forward recurrence
 * {@code B_0 = 1, B_k = a·B_{k−1} / (k + a·B_{k−1})}. Every iterate lies in [0, 1], so nothing overflows;
 * the relative error stays at the level of the machine epsilon times a small multiple of {@code c}, and it
 * is O(c) time and O(1) memory, which is fine up to {@code c ≈ 1e8}. For very light loads (e.g. a = 0.01,
 * c = 300) B underflows to 0.0, which is the correctly rounded answer. Erlang C is then obtained from B
 * without forming {@code a^c / c!}.
 *
 * <p>Unstable queues ({@code a ≥ c}) are not an error: the probability of waiting is 1.0, the tail
 * probabilities are 1.0 and {@link #meanWait} returns {@link Double#POSITIVE_INFINITY}.
 * Only {@code meanWait} (and {@code meanWaitMgc}) can return a non-finite value; all probabilities are
 * finite and clamped to [0, 1].
 *
 * <p>All methods are pure and thread-safe. Invalid inputs (NaN, negative, infinite where a finite value is
 * required, {@code c < 1}) throw {@link IllegalArgumentException}.
 */
public final class ErlangC {

    /**
     * Largest offered load accepted by {@link #serversForWaitPercentile}: the result must fit an {@code int}
     * and the O(c) scan stays at a few seconds at worst.
     */
    public static final double MAX_OFFERED_LOAD_FOR_SIZING = 1.0e9;

    private ErlangC() {
    }

    /**
     * Erlang B blocking probability of an M/M/c/c loss system (also the building block of Erlang C),
     * via the stable recurrence {@code B_0 = 1, B_k = a·B_{k−1}/(k + a·B_{k−1})}.
     *
     * @param c           number of servers, ≥ 1
     * @param offeredLoad {@code a = λ·S} in Erlangs, finite and ≥ 0
     * @return B(c, a) in [0, 1]; 0 when {@code a = 0}
     */
    public static double erlangB(int c, double offeredLoad) {
        requireServers(c);
        requireLoad(offeredLoad);
        return erlangBUnchecked(c, offeredLoad);
    }

    /**
     * Erlang C: probability that an arrival has to wait in M/M/c,
     * {@code Pw = c·B_c / (c − a·(1 − B_c))}.
     *
     * @return Pw in [0, 1]; exactly 1.0 when {@code a ≥ c} (unstable), 0.0 when {@code a = 0}
     */
    public static double probabilityOfWait(int c, double offeredLoad) {
        requireServers(c);
        requireLoad(offeredLoad);
        return pwUnchecked(c, offeredLoad, erlangBUnchecked(c, offeredLoad));
    }

    /**
     * M/M/c mean waiting time in queue {@code E[Wq] = Pw·S/(c − a)}, in the time unit of
     * {@code meanServiceTime}.
     *
     * @param meanServiceTime {@code S}, finite and &gt; 0
     * @return E[Wq] ≥ 0, or {@link Double#POSITIVE_INFINITY} when {@code a ≥ c} (the queue grows without bound)
     */
    public static double meanWait(int c, double offeredLoad, double meanServiceTime) {
        requireServers(c);
        requireLoad(offeredLoad);
        requireServiceTime(meanServiceTime);
        if (offeredLoad >= c) {
            return Double.POSITIVE_INFINITY;
        }
        double pw = pwUnchecked(c, offeredLoad, erlangBUnchecked(c, offeredLoad));
        return pw * meanServiceTime / (c - offeredLoad);
    }

    /**
     * M/G/c Allen–Cunneen mean wait: {@code E[Wq] ≈ E[Wq]_{M/M/c} · (Ca² + Cs²)/2}. Exact for M/M/c
     * ({@code Ca² = Cs² = 1}) and for M/G/1 (Pollaczek–Khinchine, {@code Ca² = 1}).
     *
     * @return the approximate E[Wq] ≥ 0, or {@link Double#POSITIVE_INFINITY} when {@code a ≥ c}
     */
    public static double meanWaitMgc(int c, double offeredLoad, double meanServiceTime, double ca2, double cs2) {
        requireServers(c);
        requireLoad(offeredLoad);
        requireServiceTime(meanServiceTime);
        requireScv(ca2, "ca2");
        requireScv(cs2, "cs2");
        if (offeredLoad >= c) {
            return Double.POSITIVE_INFINITY;
        }
        double pw = pwUnchecked(c, offeredLoad, erlangBUnchecked(c, offeredLoad));
        return pw * meanServiceTime / (c - offeredLoad) * 0.5 * (ca2 + cs2);
    }

    /**
     * M/M/c waiting-time tail {@code P(Wq > t) = Pw·exp(−(c − a)·t/S)}.
     *
     * @param t wait threshold, finite and ≥ 0, same unit as {@code meanServiceTime}; {@code t = 0} gives Pw
     * @return a probability in [0, 1]; 1.0 when {@code a ≥ c}
     */
    public static double probabilityWaitExceeds(int c, double offeredLoad, double meanServiceTime, double t) {
        return probabilityWaitExceedsMgc(c, offeredLoad, meanServiceTime, t, 1.0, 1.0);
    }

    /**
     * M/G/c waiting-time tail, Allen–Cunneen approximation.
     *
     * <p>The approximation: the probability of waiting is taken from M/M/c (Erlang C, unchanged), and the
     * mean wait is scaled by {@code k = (Ca² + Cs²)/2}, i.e. {@code E[Wq] ≈ Pw·k·S/(c − a)}. The wait of a
     * customer who does wait is assumed exponential with the matching conditional mean {@code k·S/(c − a)},
     * which gives {@code P(Wq > t) ≈ Pw·exp(−(c − a)·t/(k·S))}. With {@code Ca² = Cs² = 1} this is the exact
     * M/M/c tail. It is a heuristic for other distributions (errors of 10–20 % in the tail are common for
     * strongly non-exponential service), so sizing should keep headroom. In the degenerate deterministic case
     * {@code Ca² = Cs² = 0} the predicted wait is 0, hence {@code P(Wq > t) = 0} for {@code t > 0}
     * (and Pw for {@code t = 0}).
     *
     * @param ca2 squared coefficient of variation of inter-arrival times, finite and ≥ 0 (1 = Poisson)
     * @param cs2 squared coefficient of variation of service times, finite and ≥ 0 (1 = exponential,
     *            0 = deterministic)
     * @return a probability in [0, 1]; 1.0 when {@code a ≥ c}
     */
    public static double probabilityWaitExceedsMgc(int c, double offeredLoad, double meanServiceTime, double t,
                                                   double ca2, double cs2) {
        requireServers(c);
        requireLoad(offeredLoad);
        requireServiceTime(meanServiceTime);
        requireWait(t, "t");
        requireScv(ca2, "ca2");
        requireScv(cs2, "cs2");
        if (offeredLoad >= c) {
            return 1.0;
        }
        double pw = pwUnchecked(c, offeredLoad, erlangBUnchecked(c, offeredLoad));
        return tailUnchecked(c, offeredLoad, pw, meanServiceTime, t, 0.5 * (ca2 + cs2));
    }

    /**
     * Smallest number of servers {@code c} such that
     * {@code probabilityWaitExceedsMgc(c, a, S, waitBudget, ca2, cs2) ≤ 1 − percentile/100},
     * i.e. the percentile-th percentile of the queueing delay is within {@code waitBudget}.
     *
     * <p>The result is always a stable pool ({@code c > a}, and {@code c ≥ 1}). The tail probability is
     * monotone decreasing in c (both Pw and the exponential factor decrease), so the first c that meets the
     * target is the minimum. Search: B is run up to {@code c₀ = floor(a) + 1} once (O(a)), then c is
     * increased one at a time, each step extending the Erlang B recurrence by one term in O(1). The total cost
     * is therefore O(c*) — cheaper than a doubling + binary search, which would pay O(c) per probe — and the
     * value tested for each c is bit-for-bit the one {@link #probabilityWaitExceedsMgc} returns. For
     * {@code a = 1e6} this is a few milliseconds.
     *
     * @param offeredLoad     {@code a = λ·S}, finite, ≥ 0 and ≤ {@link #MAX_OFFERED_LOAD_FOR_SIZING}
     * @param meanServiceTime {@code S}, finite and &gt; 0
     * @param waitBudget      allowed queueing delay {@code t}, finite and ≥ 0 (same unit as S)
     * @param percentile      target percentile in (0, 100), e.g. 99 for p99
     * @param ca2             squared coefficient of variation of inter-arrival times, finite and ≥ 0
     * @param cs2             squared coefficient of variation of service times, finite and ≥ 0
     * @return the smallest c meeting the target
     */
    public static int serversForWaitPercentile(double offeredLoad, double meanServiceTime, double waitBudget,
                                               double percentile, double ca2, double cs2) {
        requireLoad(offeredLoad);
        if (offeredLoad > MAX_OFFERED_LOAD_FOR_SIZING) {
            throw new IllegalArgumentException("offeredLoad must be <= " + MAX_OFFERED_LOAD_FOR_SIZING
                    + " for sizing, was " + offeredLoad);
        }
        requireServiceTime(meanServiceTime);
        requireWait(waitBudget, "waitBudget");
        if (!(percentile > 0.0 && percentile < 100.0)) {
            throw new IllegalArgumentException("percentile must be in (0, 100), was " + percentile);
        }
        requireScv(ca2, "ca2");
        requireScv(cs2, "cs2");

        double a = offeredLoad;
        double target = 1.0 - percentile / 100.0;
        double k = 0.5 * (ca2 + cs2);
        // Smallest stable pool: the first integer strictly above a (and at least 1).
        long c = Math.max(1L, (long) Math.floor(a) + 1L);
        double b = erlangBUnchecked((int) c, a);
        while (true) {
            double pw = pwUnchecked((int) c, a, b);
            if (tailUnchecked((int) c, a, pw, meanServiceTime, waitBudget, k) <= target) {
                return (int) c;
            }
            if (c == Integer.MAX_VALUE) {
                // Unreachable for a ≤ MAX_OFFERED_LOAD_FOR_SIZING: B_c → 0 super-exponentially once c > a.
                throw new ArithmeticException("no server count up to Integer.MAX_VALUE meets the target");
            }
            c++;
            double ab = a * b;
            b = ab / (c + ab);
        }
    }

    // ---------------------------------------------------------------- internals (no validation)

    private static double erlangBUnchecked(int c, double a) {
        double b = 1.0;
        for (int k = 1; k <= c; k++) {
            double ab = a * b;
            b = ab / (k + ab);
        }
        return b;
    }

    private static double pwUnchecked(int c, double a, double b) {
        if (a >= c) {
            return 1.0;
        }
        if (a == 0.0) {
            return 0.0;
        }
        // c − a·(1 − B) = (c − a) + a·B > 0 for a < c.
        double pw = c * b / ((c - a) + a * b);
        return clamp01(pw);
    }

    /** Pw·exp(−(c − a)·t/(k·S)); {@code k = (Ca² + Cs²)/2}. */
    private static double tailUnchecked(int c, double a, double pw, double s, double t, double k) {
        if (a >= c) {
            return 1.0;
        }
        if (t == 0.0) {
            return pw;
        }
        if (k == 0.0) {
            return 0.0;   // deterministic arrivals and service: predicted wait is 0
        }
        return clamp01(pw * Math.exp(-(c - a) * t / (k * s)));
    }

    private static double clamp01(double p) {
        if (!(p >= 0.0)) {   // also maps NaN to 0 (cannot happen for validated inputs)
            return 0.0;
        }
        return Math.min(p, 1.0);
    }

    private static void requireServers(int c) {
        if (c < 1) {
            throw new IllegalArgumentException("number of servers c must be >= 1, was " + c);
        }
    }

    private static void requireLoad(double a) {
        if (!(a >= 0.0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("offeredLoad must be a finite number >= 0 (Erlangs), was " + a);
        }
    }

    private static void requireServiceTime(double s) {
        if (!(s > 0.0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("meanServiceTime must be a finite number > 0, was " + s);
        }
    }

    private static void requireWait(double t, String name) {
        if (!(t >= 0.0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + t);
        }
    }

    private static void requireScv(double v, String name) {
        if (!(v >= 0.0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " (squared coefficient of variation) must be a finite number"
                    + " >= 0, was " + v);
        }
    }
}
