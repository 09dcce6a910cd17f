package dev.edgeplan.core.finance.metrics;

import java.util.OptionalDouble;

/**
 * NPV, IRR, payback, capital recovery factor and levelised cost of a cash-flow series, on primitive arrays.
 *
 * <p>Conventions (numpy-financial, not Excel's {@code NPV()}): {@code cashFlowsUsd[0]} falls at time 0 and is not
 * discounted; {@code cashFlowsUsd[t]} falls at the end of period {@code t} and is discounted by {@code (1 + r)^t}.
 * Money arrays are in USD by the planner's use, but every method works in any currency unit. All methods reject
 * non-finite inputs with an {@link IllegalArgumentException} naming the bad value.
 */
public final class CashFlowMetrics {

    /**
     * Lowest IRR searched, per period: −1 + 1e-9. At −1 every discount factor is infinite; a loss of all but a
     * billionth of the money is as close as a planner needs to go.
     */
    public static final double IRR_MIN_PER_PERIOD = -1.0 + 1e-9;

    /** Highest IRR searched, per period (a billion-fold return): no planned build comes near it. */
    public static final double IRR_MAX_PER_PERIOD = 1e9;

    /** The IRR is returned within this many units of rate per period (1e-10 = a millionth of a basis point). */
    public static final double IRR_TOLERANCE = 1e-10;

    private CashFlowMetrics() {
    }

    /** Net present value: Σ_t cashFlowsUsd[t] ÷ (1 + ratePerPeriod)^t, t from 0. Zero rate gives the plain sum. */
    public static double npvUsd(double[] cashFlowsUsd, double ratePerPeriod) {
        double npv = 0.0;
        for (double discounted : discountedUsd(cashFlowsUsd, ratePerPeriod)) {
            npv += discounted;
        }
        return npv;
    }

    /** The flows discounted to time 0 one by one: {@code cashFlowsUsd[t] ÷ (1 + ratePerPeriod)^t}. */
    public static double[] discountedUsd(double[] cashFlowsUsd, double ratePerPeriod) {
        requireFlows(cashFlowsUsd);
        requireRate(ratePerPeriod);
        double growth = 1.0 + ratePerPeriod;
        double[] discounted = new double[cashFlowsUsd.length];
        for (int t = 0; t < cashFlowsUsd.length; t++) {
            discounted[t] = cashFlowsUsd[t] / Math.pow(growth, t);
        }
        return discounted;
    }

    /** Sign changes along the flows, zeros skipped (Descartes' rule: the number of IRRs is this or less by 2, 4…). */
    public static int signChanges(double[] cashFlowsUsd) {
        requireFlows(cashFlowsUsd);
        int changes = 0;
        double previous = 0.0;
        for (double flow : cashFlowsUsd) {
            if (flow != 0.0) {
                if (previous != 0.0 && (flow > 0) != (previous > 0)) {
                    changes++;
                }
                previous = flow;
            }
        }
        return changes;
    }

    /**
     * Internal rate of return per period: the rate at which {@link #npvUsd} is 0. Empty unless the flows change sign
     * exactly once (zeros skipped): then, by Descartes' rule of signs, exactly one rate above −1 exists. A negative
     * IRR is still an IRR. Also empty in the theoretical case that the IRR lies outside
     * [{@link #IRR_MIN_PER_PERIOD}, {@link #IRR_MAX_PER_PERIOD}]. Found by bisection on a bracket around the single
     * root, to {@link #IRR_TOLERANCE} × max(1, |irr|); never NaN.
     */
    public static OptionalDouble irr(double[] cashFlowsUsd) {
        if (signChanges(cashFlowsUsd) != 1) {
            return OptionalDouble.empty();
        }
        int first = firstNonZero(cashFlowsUsd);
        int last = lastNonZero(cashFlowsUsd);
        double atZero = scaledNpv(cashFlowsUsd, 0.0, first, last);
        if (atZero == 0.0) {
            return OptionalDouble.of(0.0);
        }
        // As r → ∞ the NPV takes the sign of the first non-zero flow; as r → −1, that of the last.
        boolean rootAboveZero = (atZero > 0) != (cashFlowsUsd[first] > 0);
        double lo;
        double hi;
        if (rootAboveZero) {
            lo = 0.0;
            hi = 1.0;
            while (sameSign(scaledNpv(cashFlowsUsd, hi, first, last), atZero)) {
                if (hi >= IRR_MAX_PER_PERIOD) {
                    return OptionalDouble.empty();
                }
                lo = hi;
                hi = Math.min(2.0 * hi + 1.0, IRR_MAX_PER_PERIOD);
            }
        } else {
            hi = 0.0;
            lo = -0.5;
            while (sameSign(scaledNpv(cashFlowsUsd, lo, first, last), atZero)) {
                if (lo <= IRR_MIN_PER_PERIOD) {
                    return OptionalDouble.empty();
                }
                hi = lo;
                lo = Math.max(-1.0 + (1.0 + lo) / 2.0, IRR_MIN_PER_PERIOD);
            }
        }
        return OptionalDouble.of(bisect(cashFlowsUsd, lo, hi, first, last));
    }

    /**
     * Simple (undiscounted) payback in periods: the time from which the cumulative cash flow stays ≥ 0 to the end of
     * the flows, interpolated linearly within the period in which it last crosses 0. Flows that never go below 0 pay
     * back at 0; empty if the cumulative ends below 0. For flows with one sign change (invest, then earn) this is the
     * usual first crossing; a later outlay that drags the cumulative below 0 again (a GPU refresh) moves it out.
     */
    public static OptionalDouble paybackPeriods(double[] cashFlowsUsd) {
        requireFlows(cashFlowsUsd);
        double cumulative = 0.0;
        int lastNegative = -1;
        double cumulativeAtLastNegative = 0.0;
        for (int t = 0; t < cashFlowsUsd.length; t++) {
            cumulative += cashFlowsUsd[t];
            if (cumulative < 0) {
                lastNegative = t;
                cumulativeAtLastNegative = cumulative;
            }
        }
        if (lastNegative < 0) {
            return OptionalDouble.of(0.0);
        }
        if (lastNegative == cashFlowsUsd.length - 1) {
            return OptionalDouble.empty();
        }
        double fraction = Math.min(1.0, -cumulativeAtLastNegative / cashFlowsUsd[lastNegative + 1]);
        return OptionalDouble.of(lastNegative + fraction);
    }

    /** {@link #paybackPeriods} of the discounted flows ({@link #discountedUsd}). */
    public static OptionalDouble discountedPaybackPeriods(double[] cashFlowsUsd, double ratePerPeriod) {
        return paybackPeriods(discountedUsd(cashFlowsUsd, ratePerPeriod));
    }

    /**
     * Capital recovery factor: the level payment per period, for {@code periods} periods, that repays 1 unit of money
     * now at {@code ratePerPeriod}: r(1+r)^n / ((1+r)^n − 1) = r / (1 − (1+r)^−n); 1/n at r = 0.
     */
    public static double crf(double ratePerPeriod, int periods) {
        requireRate(ratePerPeriod);
        if (periods < 1) {
            throw new IllegalArgumentException("periods must be ≥ 1 (got " + periods + ")");
        }
        if (ratePerPeriod == 0.0) {
            return 1.0 / periods;
        }
        // expm1/log1p keep the precision of (1+r)^−n − 1 for rates near 0.
        return ratePerPeriod / -Math.expm1(-periods * Math.log1p(ratePerPeriod));
    }

    /**
     * Levelised cost per unit sold: (capexUsd × {@link #crf}(rate, periods) + opexUsdPerPeriod) ÷ unitsPerPeriod.
     * With annual periods, units are e.g. 12 × sellable kW (per kW-month) or GPUs × 8,760 h × utilisation (per
     * GPU-hour). Equals present value of costs ÷ present value of units when opex and units are level.
     */
    public static double levelisedCostPerUnit(double capexUsd, double ratePerPeriod, int periods,
                                              double opexUsdPerPeriod, double unitsPerPeriod) {
        requireFinite("capexUsd", capexUsd);
        requireFinite("opexUsdPerPeriod", opexUsdPerPeriod);
        requireFinite("unitsPerPeriod", unitsPerPeriod);
        if (unitsPerPeriod <= 0) {
            throw new IllegalArgumentException("unitsPerPeriod must be > 0 (got " + unitsPerPeriod + ")");
        }
        return (capexUsd * crf(ratePerPeriod, periods) + opexUsdPerPeriod) / unitsPerPeriod;
    }

    /** EBITDA margin as a fraction: (revenue − cash operating costs) ÷ revenue; empty when revenue is 0. */
    public static OptionalDouble ebitdaMargin(double revenueUsd, double cashOpexUsd) {
        requireFinite("revenueUsd", revenueUsd);
        requireFinite("cashOpexUsd", cashOpexUsd);
        if (revenueUsd == 0.0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((revenueUsd - cashOpexUsd) / revenueUsd);
    }

    /**
     * NPV times a positive factor, which keeps its sign and roots but never overflows: Σ CF_t (1+r)^(m−t), with m the
     * first non-zero flow's index for r ≥ 0 and the last one's for r < 0, so every power is ≤ 1.
     */
    private static double scaledNpv(double[] flows, double rate, int first, int last) {
        double growth = 1.0 + rate;
        int m = rate >= 0 ? first : last;
        double sum = 0.0;
        for (int t = first; t <= last; t++) {
            sum += flows[t] * Math.pow(growth, m - t);
        }
        return sum;
    }

    private static double bisect(double[] flows, double lo, double hi, int first, int last) {
        double atLo = scaledNpv(flows, lo, first, last);
        if (atLo == 0.0) {
            return lo;
        }
        if (scaledNpv(flows, hi, first, last) == 0.0) {
            return hi;
        }
        while (true) {
            double mid = lo + (hi - lo) / 2.0;
            if (hi - lo <= 2.0 * IRR_TOLERANCE * Math.max(1.0, Math.abs(mid)) || mid == lo || mid == hi) {
                return mid;
            }
            double atMid = scaledNpv(flows, mid, first, last);
            if (atMid == 0.0) {
                return mid;
            }
            if (sameSign(atMid, atLo)) {
                lo = mid;
                atLo = atMid;
            } else {
                hi = mid;
            }
        }
    }

    private static boolean sameSign(double a, double b) {
        return (a > 0) == (b > 0) && a != 0.0;
    }

    private static int firstNonZero(double[] flows) {
        int t = 0;
        while (flows[t] == 0.0) {
            t++;
        }
        return t;
    }

    private static int lastNonZero(double[] flows) {
        int t = flows.length - 1;
        while (flows[t] == 0.0) {
            t--;
        }
        return t;
    }

    private static void requireFlows(double[] cashFlowsUsd) {
        if (cashFlowsUsd == null || cashFlowsUsd.length == 0) {
            throw new IllegalArgumentException("cash flows must hold at least one value (the one at time 0)");
        }
        for (int t = 0; t < cashFlowsUsd.length; t++) {
            if (!Double.isFinite(cashFlowsUsd[t])) {
                throw new IllegalArgumentException("cash flow " + t + " must be a finite number (got " + cashFlowsUsd[t] + ")");
            }
        }
    }

    private static void requireRate(double ratePerPeriod) {
        if (!Double.isFinite(ratePerPeriod) || ratePerPeriod <= -1.0) {
            throw new IllegalArgumentException("rate per period must be a finite number > −1 (got " + ratePerPeriod + ")");
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number (got " + value + ")");
        }
    }
}
