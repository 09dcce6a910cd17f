package dev.edgeplan.core.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoverageCircleTest {

    @Test
    void smallCircleIsOneClosedCounterClockwiseRingOnTheCircle() {
        List<List<double[]>> polygons = CoverageCircle.polygons(32.8, -96.8, 900, 64);
        assertThat(polygons).hasSize(1);
        List<double[]> ring = polygons.get(0);
        assertThat(ring).hasSize(65);
        assertClosedAndCounterClockwise(ring);
        for (double[] p : ring) {
            assertThat(GreatCircle.distanceKm(32.8, -96.8, p[1], p[0])).isCloseTo(900, within(1e-6));
        }
        // [lon, lat]: the northernmost vertex is due north of Dallas, ~8.1° of latitude away
        assertThat(ring.get(0)[0]).isCloseTo(-96.8, within(1e-9));
        assertThat(ring.get(0)[1]).isCloseTo(32.8 + Math.toDegrees(900 / GreatCircle.EARTH_RADIUS_KM), within(1e-9));
    }

    @Test
    void circleAcrossTheAntimeridianIsCutIntoTwoPolygonsInsideMinus180To180() {
        List<List<double[]>> polygons = CoverageCircle.polygons(-17.7, 178.5, 600, 64);
        assertThat(polygons).hasSize(2);
        for (List<double[]> ring : polygons) {
            assertClosedAndCounterClockwise(ring);
            for (double[] p : ring) {
                assertThat(p[0]).isBetween(-180.0, 180.0);
                if (Math.abs(Math.abs(p[0]) - 180) > 1e-9) {
                    assertThat(GreatCircle.distanceKm(-17.7, 178.5, p[1], p[0])).isCloseTo(600, within(1e-6));
                }
            }
        }
        assertThat(polygons.get(0).stream().mapToDouble(p -> p[0]).max().orElseThrow()).isEqualTo(180.0);
        assertThat(polygons.get(1).stream().mapToDouble(p -> p[0]).min().orElseThrow()).isEqualTo(-180.0);
    }

    @Test
    void circleAroundAPoleBecomesACapClosedAlongThePole() {
        for (double lat : new double[] {78.0, -78.0}) {
            List<List<double[]>> polygons = CoverageCircle.polygons(lat, 15.0, 1500, 64);
            assertThat(polygons).hasSize(1);
            List<double[]> ring = polygons.get(0);
            assertClosedAndCounterClockwise(ring);
            assertThat(ring).anySatisfy(p -> assertThat(p[1]).isEqualTo(Math.signum(lat) * 90));
            for (double[] p : ring) {
                assertThat(p[0]).isBetween(-180.0, 180.0);
                if (Math.abs(Math.abs(p[0]) - 180) > 1e-9) {
                    assertThat(GreatCircle.distanceKm(lat, 15.0, p[1], p[0])).isCloseTo(1500, within(1e-6));
                }
            }
        }
    }

    @Test
    void noRadiusNoPolygonAndBothPolesTheWholeWorld() {
        assertThat(CoverageCircle.polygons(10, 10, 0, 64)).isEmpty();
        List<List<double[]>> world = CoverageCircle.polygons(0, 0, 19_000, 64);
        assertThat(world).hasSize(1);
        assertClosedAndCounterClockwise(world.get(0));
        assertThat(CoverageCircle.signedAreaDeg2(world.get(0))).isEqualTo(360.0 * 180.0);
    }

    static void assertClosedAndCounterClockwise(List<double[]> ring) {
        assertThat(ring.size()).isGreaterThanOrEqualTo(4);
        assertThat(ring.get(ring.size() - 1)).containsExactly(ring.get(0));
        assertThat(CoverageCircle.signedAreaDeg2(ring)).isPositive();
    }
}
