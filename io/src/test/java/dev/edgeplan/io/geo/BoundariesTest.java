package dev.edgeplan.io.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BoundariesTest {

    /** A two-arc square, one arc reversed, quantized with a transform: decoded by hand. */
    @Test
    void decodesDeltaEncodedArcsAndReversedArcs() {
        String topo = """
                {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,20]},
                 "objects":{"o":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0,-2]]}]}},
                 "arcs":[[[0,0],[2,0],[0,4]],[[0,0],[0,4],[2,0]]]}""";
        List<double[]> rings = Boundaries.decode(topo, "o");
        assertThat(rings).hasSize(1);
        // arc 0: (10,20) (11,20) (11,21); arc 1: (10,20) (10,21) (11,21), reversed and joined: (10,21) (10,20)
        assertThat(rings.get(0)).containsExactly(10, 20, 11, 20, 11, 21, 10, 21, 10, 20);
    }

    @Test
    void bundledOutlinesAreClosedRingsInTheirRegion() {
        List<double[]> states = Boundaries.usStates();
        assertThat(states.size()).isGreaterThan(50);
        for (double[] ring : states) {
            assertThat(ring[0]).isCloseTo(ring[ring.length - 2], within(1e-9));
            assertThat(ring[1]).isCloseTo(ring[ring.length - 1], within(1e-9));
        }
        // Dallas (−96.8, 32.8) lies inside the lower-48 envelope of the rings
        double minLon = 0;
        double maxLat = -90;
        for (double[] ring : states) {
            for (int i = 0; i < ring.length; i += 2) {
                minLon = Math.min(minLon, ring[i]);
                maxLat = Math.max(maxLat, ring[i + 1]);
            }
        }
        assertThat(minLon).isLessThan(-170);
        assertThat(maxLat).isGreaterThan(71).isLessThan(72);
        assertThat(Boundaries.worldCountries().size()).isGreaterThan(170);
    }
}
