package dev.edgeplan.core.capacity.queue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class ErlangCPropertiesTest {

    /** Relative slack for comparisons between two separately rounded recurrences (≈ c·ε for c ≤ 2000). */
    private static final double ROUNDING = 1e-11;

    @Property
    void probabilityOfWaitIsAProbability(@ForAll @IntRange(min = 1, max = 2000) int c,
                                         @ForAll @DoubleRange(min = 0.0, max = 5000.0) double a) {
        double pw = ErlangC.probabilityOfWait(c, a);
        assertThat(pw).isBetween(0.0, 1.0);
        assertThat(ErlangC.erlangB(c, a)).isBetween(0.0, 1.0);
        // Erlang C is never below Erlang B.
        assertThat(pw).isGreaterThanOrEqualTo(ErlangC.erlangB(c, a) * (1 - ROUNDING));
    }

    @Property
    void probabilityOfWaitDecreasesWithServers(@ForAll @IntRange(min = 1, max = 2000) int c,
                                               @ForAll @DoubleRange(min = 0.0, max = 2000.0) double a) {
        assertThat(ErlangC.probabilityOfWait(c + 1, a))
                .isLessThanOrEqualTo(ErlangC.probabilityOfWait(c, a) * (1 + ROUNDING));
    }

    @Property
    void probabilityOfWaitIncreasesWithLoad(@ForAll @IntRange(min = 1, max = 2000) int c,
                                            @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double u,
                                            @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double v) {
        double a1 = c * Math.min(u, v);
        double a2 = c * Math.max(u, v);
        assertThat(ErlangC.probabilityOfWait(c, a2))
                .isGreaterThanOrEqualTo(ErlangC.probabilityOfWait(c, a1) * (1 - ROUNDING));
    }

    @Property
    void meanWaitAndTailAreConsistent(@ForAll @IntRange(min = 1, max = 500) int c,
                                      @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double u,
                                      @ForAll @DoubleRange(min = 0.0, max = 10.0) double t) {
        double a = c * u;
        double wq = ErlangC.meanWait(c, a, 1.0);
        double tail = ErlangC.probabilityWaitExceeds(c, a, 1.0, t);
        assertThat(wq).isFinite().isGreaterThanOrEqualTo(0.0);
        assertThat(tail).isBetween(0.0, ErlangC.probabilityOfWait(c, a));
    }

    @Property
    void sizingIsMinimalAndMeetsTarget(@ForAll @DoubleRange(min = 0.0, max = 1000.0) double a,
                                       @ForAll @DoubleRange(min = 0.01, max = 100.0) double s,
                                       @ForAll @DoubleRange(min = 0.0, max = 5.0) double tOverS,
                                       @ForAll @DoubleRange(min = 1.0, max = 99.99) double p,
                                       @ForAll @DoubleRange(min = 0.0, max = 20.0) double ca2,
                                       @ForAll @DoubleRange(min = 0.0, max = 5.0) double cs2) {
        double t = tOverS * s;
        double target = 1.0 - p / 100.0;
        int c = ErlangC.serversForWaitPercentile(a, s, t, p, ca2, cs2);
        assertThat(c).isGreaterThanOrEqualTo(1);
        assertThat((double) c).isGreaterThan(a);
        assertThat(ErlangC.probabilityWaitExceedsMgc(c, a, s, t, ca2, cs2)).isLessThanOrEqualTo(target);
        if (c - 1 >= 1 && c - 1 > a) {
            assertThat(ErlangC.probabilityWaitExceedsMgc(c - 1, a, s, t, ca2, cs2)).isGreaterThan(target);
        }
    }

    @Property
    void moreLoadNeverNeedsFewerServers(@ForAll @DoubleRange(min = 0.0, max = 1000.0) double a,
                                        @ForAll @DoubleRange(min = 0.0, max = 200.0) double extra,
                                        @ForAll @DoubleRange(min = 0.0, max = 2.0) double t,
                                        @ForAll @DoubleRange(min = 50.0, max = 99.99) double p,
                                        @ForAll @DoubleRange(min = 0.0, max = 10.0) double ca2) {
        int base = ErlangC.serversForWaitPercentile(a, 1.0, t, p, ca2, 1.0);
        int more = ErlangC.serversForWaitPercentile(a + extra, 1.0, t, p, ca2, 1.0);
        assertThat(more).isGreaterThanOrEqualTo(base);
    }

    @Property
    void burstierArrivalsNeverNeedFewerServers(@ForAll @DoubleRange(min = 0.0, max = 1000.0) double a,
                                               @ForAll @DoubleRange(min = 0.0, max = 2.0) double t,
                                               @ForAll @DoubleRange(min = 50.0, max = 99.99) double p,
                                               @ForAll @DoubleRange(min = 0.0, max = 10.0) double ca2,
                                               @ForAll @DoubleRange(min = 0.0, max = 10.0) double extra,
                                               @ForAll @DoubleRange(min = 0.0, max = 3.0) double cs2) {
        int base = ErlangC.serversForWaitPercentile(a, 1.0, t, p, ca2, cs2);
        int burstier = ErlangC.serversForWaitPercentile(a, 1.0, t, p, ca2 + extra, cs2);
        assertThat(burstier).isGreaterThanOrEqualTo(base);
    }
}
