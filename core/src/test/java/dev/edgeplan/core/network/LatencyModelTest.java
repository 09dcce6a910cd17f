package dev.edgeplan.core.network;

import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.scenario.AccessType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyModelTest {

    @Test
    void greatCircleNewYorkToLondonMatchesPublishedDistance() {
        // JFK (40.6413, -73.7781) to LHR (51.4700, -0.4543): 5,540 km great-circle (e.g. Great Circle Mapper 3,443 mi).
        assertThat(GreatCircle.distanceKm(40.6413, -73.7781, 51.4700, -0.4543)).isCloseTo(5_540, within(10.0));
    }

    @Test
    void roundTripFollowsTheFormula() {
        // 100 km: 2 × 100 × 1.6 / 204 = 1.5686 ms backbone + 5 ms core + 9.4 ms FTTH access = 15.9686 ms.
        LatencyModel model = new LatencyModel(LatencyModel.defaults());
        assertThat(model.backboneRttMs(100)).isCloseTo(6.5686, within(1e-4));
        double km = GreatCircle.distanceKm(0, 0, 0, 100 / (Math.PI * GreatCircle.EARTH_RADIUS_KM / 180));
        assertThat(km).isCloseTo(100, within(1e-9));
        assertThat(model.rttMs(0, 0, 0, 100 / (Math.PI * GreatCircle.EARTH_RADIUS_KM / 180), AccessType.FIBER))
                .isCloseTo(15.9686, within(1e-4));
    }

    @Test
    void siteToSitePathsHaveNoAccessTerm() {
        assertThat(LatencyDefaults.accessRttMs(AccessType.NONE)).isZero();
        assertThat(LatencyDefaults.accessRttMs(AccessType.PRIVATE)).isEqualTo(2.0);
    }
}
