package dev.edgeplan.core.network;

import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.LatencyPercentile;
import dev.edgeplan.core.scenario.NetworkAssumptions;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyModelTest {

    private static final LatencyModel MODEL = new LatencyModel(LatencyModel.defaults());

    @Test
    void greatCircleNewYorkToLondonMatchesPublishedDistance() {
        // JFK (40.6413, -73.7781) to LHR (51.4700, -0.4543): 5,540 km great-circle (e.g. Great Circle Mapper 3,443 mi).
        assertThat(GreatCircle.distanceKm(40.6413, -73.7781, 51.4700, -0.4543)).isCloseTo(5_540, within(10.0));
    }

    @Test
    void newYorkToLosAngelesByHand() {
        // City halls (40.7128, -74.0060) → (34.0522, -118.2437): 3,936 km on the 6,371 km sphere (haversine by hand).
        RoundTrip rt = MODEL.roundTrip(40.7128, -74.0060, 34.0522, -118.2437, AccessType.NONE, 0);
        assertThat(rt.distanceKm()).isCloseTo(3_936, within(2.0));
        // Median: 2 × 3,936 × 1.6 / 204 = 61.74 ms + 5 ms core. P90: 2 × 3,936 × 2.0 / 204 = 77.18 ms + 9 ms.
        assertThat(rt.rttMs()).isCloseTo(66.74, within(0.05));
        assertThat(rt.rttMsP90()).isCloseTo(86.18, within(0.05));
        assertThat(rt.fiberKm()).isCloseTo(3_936 * 1.6, within(4.0));
    }

    @Test
    void roundTripFollowsTheFormula() {
        // 100 km: 2 × 100 × 1.6 / 204 = 1.5686 ms backbone + 5 ms core + 9.4 ms FTTH access = 15.9686 ms.
        assertThat(MODEL.backboneRttMs(100, LatencyPercentile.MEDIAN)).isCloseTo(6.5686, within(1e-4));
        RoundTrip rt = MODEL.roundTrip(100, AccessType.FIBER, 0);
        assertThat(rt.rttMs()).isCloseTo(15.9686, within(1e-4));
        // P90: 2 × 100 × 2.0 / 204 = 1.9608 + 9 ms core + 12.5 ms FTTH access p90 = 23.4608 ms.
        assertThat(rt.rttMsP90()).isCloseTo(23.4608, within(1e-4));
    }

    @Test
    void processingTimeAddsToBothEstimates() {
        RoundTrip without = MODEL.roundTrip(500, AccessType.CABLE, 0);
        RoundTrip with = MODEL.roundTrip(500, AccessType.CABLE, 3.5);
        assertThat(with.rttMs() - without.rttMs()).isCloseTo(3.5, within(1e-9));
        assertThat(with.rttMsP90() - without.rttMsP90()).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void siteToSitePathsHaveNoAccessTerm() {
        assertThat(MODEL.accessRttMs(AccessType.NONE, LatencyPercentile.P90)).isZero();
        assertThat(MODEL.roundTrip(300, AccessType.NONE, 0).rttMs())
                .isLessThan(MODEL.roundTrip(300, AccessType.FIBER, 0).rttMs());
    }

    @Test
    void scenarioOverridesWinAndP90IsRaisedToTheMedian() {
        NetworkAssumptions n = new NetworkAssumptions(204, 2.5, 5, 2.0, 9, Map.of(AccessType.FIVE_G, 20.0),
                Map.of(), LatencyPercentile.MEDIAN);
        LatencyModel model = new LatencyModel(n);
        assertThat(model.routeFactor(LatencyPercentile.P90)).isEqualTo(2.5);
        assertThat(model.accessRttMs(AccessType.FIVE_G, LatencyPercentile.MEDIAN)).isEqualTo(20.0);
        assertThat(model.accessRttMs(AccessType.FIVE_G, LatencyPercentile.P90)).isEqualTo(66.4);
        assertThat(model.sloBackboneRttMs(100)).isEqualTo(model.backboneRttMs(100, LatencyPercentile.MEDIAN));
    }
}
