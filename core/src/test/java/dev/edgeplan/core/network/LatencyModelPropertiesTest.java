package dev.edgeplan.core.network;

import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.LatencyPercentile;
import dev.edgeplan.core.scenario.NetworkAssumptions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyModelPropertiesTest {

    private static LatencyModel model(double routeFactor, double coreMs, double routeFactorP90, double coreMsP90) {
        return new LatencyModel(new NetworkAssumptions(204, routeFactor, coreMs, routeFactorP90, coreMsP90, Map.of(),
                Map.of(), LatencyPercentile.P90));
    }

    @Property
    void p90IsNeverBelowTheMedian(@ForAll @DoubleRange(min = 0, max = 20_000) double km, @ForAll AccessType access,
                                  @ForAll @DoubleRange(min = 1, max = 5) double routeFactor,
                                  @ForAll @DoubleRange(min = 1, max = 5) double routeFactorP90,
                                  @ForAll @DoubleRange(min = 0, max = 20) double coreMs,
                                  @ForAll @DoubleRange(min = 0, max = 20) double coreMsP90,
                                  @ForAll @DoubleRange(min = 0, max = 50) double processingMs) {
        RoundTrip rt = model(routeFactor, coreMs, routeFactorP90, coreMsP90).roundTrip(km, access, processingMs);
        assertThat(rt.rttMsP90()).isGreaterThanOrEqualTo(rt.rttMs());
    }

    @Property
    void moreDistanceNeverLessRoundTrip(@ForAll @DoubleRange(min = 0, max = 20_000) double km,
                                        @ForAll @DoubleRange(min = 0, max = 5_000) double extraKm,
                                        @ForAll AccessType access) {
        LatencyModel m = new LatencyModel(LatencyModel.defaults());
        RoundTrip near = m.roundTrip(km, access, 0);
        RoundTrip far = m.roundTrip(km + extraKm, access, 0);
        assertThat(far.rttMs()).isGreaterThanOrEqualTo(near.rttMs());
        assertThat(far.rttMsP90()).isGreaterThanOrEqualTo(near.rttMsP90());
    }

    @Property
    void noAccessNetworkIsFasterThanFibre(@ForAll @DoubleRange(min = 0, max = 20_000) double km) {
        LatencyModel m = new LatencyModel(LatencyModel.defaults());
        assertThat(m.roundTrip(km, AccessType.NONE, 0).rttMs()).isLessThan(m.roundTrip(km, AccessType.FIBER, 0).rttMs());
        assertThat(m.roundTrip(km, AccessType.NONE, 0).rttMsP90())
                .isLessThan(m.roundTrip(km, AccessType.FIBER, 0).rttMsP90());
    }
}
