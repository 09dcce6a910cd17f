package dev.edgeplan.core.facility.power;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeedCapacityTest {

    @Test
    void netBoxFeedCapacityFormula() {
        // NetBox PowerFeed.available_power: V × A × max_utilization/100, × √3 for three-phase.
        assertThat(FeedCapacity.availableVa(208, 30, true, 80)).isCloseTo(208 * 30 * 0.8 * Math.sqrt(3), within(1e-9));
        assertThat(FeedCapacity.availableVa(208, 30, true, 80)).isCloseTo(8646.4, within(0.1));
        assertThat(FeedCapacity.availableVa(120, 20, false, 80)).isEqualTo(1920.0);
    }

    @Test
    void rackCordCarriesTheRackAlone() {
        // 30.6 kW rack at 415 V: 32 A gives 18.4 kVA at 80 %, 63 A gives 36.2 kVA → 63 A cords.
        assertThat(PowerSizing.rackFeedAmps(30.6)).isEqualTo(63.0);
        assertThat(PowerSizing.rackFeedAmps(10.0)).isEqualTo(32.0);
    }
}
