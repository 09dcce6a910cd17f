package dev.edgeplan.core.geo;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GreatCircleTest {

    @Test
    void destinationAlongAMeridianAndTheEquator() {
        // 1° of arc = R × π / 180 = 111.195 km
        double oneDegreeKm = GreatCircle.EARTH_RADIUS_KM * Math.PI / 180.0;
        assertThat(GreatCircle.destination(0, 0, 0, oneDegreeKm)).containsExactly(new double[] {1, 0}, within(1e-9));
        assertThat(GreatCircle.destination(0, 179.5, 90, oneDegreeKm)).containsExactly(new double[] {0, -179.5},
                within(1e-9));
    }

    /** Going out and measuring back gives the same distance. */
    @Property(tries = 300)
    void destinationIsAtTheRequestedDistance(@ForAll @DoubleRange(min = -80, max = 80) double lat,
                                             @ForAll @DoubleRange(min = -180, max = 179.9) double lon,
                                             @ForAll @DoubleRange(min = 0, max = 360) double bearing,
                                             @ForAll @DoubleRange(min = 0, max = 5000) double km) {
        double[] p = GreatCircle.destination(lat, lon, bearing, km);
        assertThat(GreatCircle.distanceKm(lat, lon, p[0], p[1])).isCloseTo(km, within(1e-6));
    }
}
