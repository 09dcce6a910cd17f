package dev.edgeplan.core.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * The area within a great-circle radius of a point, as polygons in longitude/latitude degrees that follow the
 * RFC 7946 rules: positions {@code [lon, lat]}, exterior rings counter-clockwise, closed (first = last), and
 * cut at the antimeridian into pieces that each stay within [-180, 180] (RFC 7946 §3.1.9).
 * <ul>
 *     <li>A circle crossing ±180° is split into two polygons (a small circle meets a meridian at most twice,
 *     so each side is one piece).</li>
 *     <li>A circle containing one pole becomes a polar cap: its boundary runs once around all longitudes and
 *     the ring closes along latitude ±90.</li>
 *     <li>A circle containing both poles (radius beyond 90° of arc plus the centre's latitude, about 10,000 km
 *     at the equator) is returned as the whole world, which overstates it; no SLO radius comes near.</li>
 * </ul>
 * Edges are straight in longitude/latitude between {@code segments} points on the circle, the convention GIS
 * tools use for GeoJSON; the polygon's vertices are on the circle.
 */
public final class CoverageCircle {

    /** Vertices on the circle per polygon: 64 keep the chord within 0.12 % of the radius. */
    public static final int SEGMENTS = 64;

    private CoverageCircle() {
    }

    /**
     * @return polygons, each one exterior ring of {@code [lon, lat]} positions, closed; empty when the radius is
     * not positive
     */
    public static List<List<double[]>> polygons(double latDeg, double lonDeg, double radiusKm, int segments) {
        if (!(radiusKm > 0)) {
            return List.of();
        }
        double northPoleKm = Math.toRadians(90.0 - latDeg) * GreatCircle.EARTH_RADIUS_KM;
        double southPoleKm = Math.toRadians(90.0 + latDeg) * GreatCircle.EARTH_RADIUS_KM;
        boolean north = radiusKm >= northPoleKm;
        boolean south = radiusKm >= southPoleKm;
        if (north && south) {
            return List.of(close(List.of(new double[] {-180, -90}, new double[] {180, -90}, new double[] {180, 90},
                    new double[] {-180, 90})));
        }
        if (north || south) {
            return List.of(polarCap(latDeg, lonDeg, radiusKm, segments, north));
        }
        // bearings clockwise from north trace the circle clockwise on the map; walk them backwards
        List<double[]> ring = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            double[] p = GreatCircle.destination(latDeg, lonDeg, -360.0 * i / segments, radiusKm);
            ring.add(new double[] {lonDeg + wrap(p[1] - lonDeg), p[0]});
        }
        List<List<double[]>> out = new ArrayList<>();
        for (int shift = -1; shift <= 1; shift++) {
            double lo = -180 + 360 * shift;
            List<double[]> piece = clip(clip(ring, lo, true), lo + 360, false);
            if (piece.size() >= 3 && Math.abs(signedAreaDeg2(close(piece))) > 0) {
                List<double[]> moved = new ArrayList<>();
                for (double[] p : piece) {
                    moved.add(new double[] {p[0] - 360 * shift, p[1]});
                }
                out.add(close(moved));
            }
        }
        return out;
    }

    /** Signed area of a ring in square degrees (shoelace): positive when counter-clockwise. */
    public static double signedAreaDeg2(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return sum / 2;
    }

    /**
     * A cap around a pole: the circle's points sorted by longitude from -180 to 180, eastward for the north pole
     * (the cap is on the left, to the north) and westward for the south pole, then closed along the pole's latitude.
     */
    private static List<double[]> polarCap(double latDeg, double lonDeg, double radiusKm, int segments, boolean north) {
        List<double[]> boundary = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            double[] p = GreatCircle.destination(latDeg, lonDeg, 360.0 * i / segments, radiusKm);
            boundary.add(new double[] {wrap(p[1]), p[0]});
        }
        boundary.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] first = boundary.get(0);
        double[] last = boundary.get(boundary.size() - 1);
        // the boundary's latitude where it crosses ±180, interpolated between its two end points across the seam
        double span = first[0] + 360 - last[0];
        double seamLat = span > 0 ? last[1] + (first[1] - last[1]) * (180 - last[0]) / span : first[1];
        double pole = north ? 90 : -90;
        List<double[]> ring = new ArrayList<>();
        ring.add(new double[] {-180, seamLat});
        ring.addAll(boundary);
        ring.add(new double[] {180, seamLat});
        ring.add(new double[] {180, pole});
        ring.add(new double[] {-180, pole});
        if (!north) {
            java.util.Collections.reverse(ring);
        }
        return close(ring);
    }

    /** Longitude difference into (-180, 180]. */
    static double wrap(double lonDeg) {
        double x = ((lonDeg + 180) % 360 + 360) % 360 - 180;
        return x == -180 ? 180 : x;
    }

    /** Sutherland–Hodgman against one vertical line: keep {@code lon >= x} ({@code keepEast}) or {@code lon <= x}. */
    private static List<double[]> clip(List<double[]> ring, double x, boolean keepEast) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < ring.size(); i++) {
            double[] a = ring.get(i);
            double[] b = ring.get((i + 1) % ring.size());
            boolean inA = keepEast ? a[0] >= x : a[0] <= x;
            boolean inB = keepEast ? b[0] >= x : b[0] <= x;
            if (inA) {
                out.add(a);
            }
            if (inA != inB) {
                double t = (x - a[0]) / (b[0] - a[0]);
                out.add(new double[] {x, a[1] + t * (b[1] - a[1])});
            }
        }
        return out;
    }

    private static List<double[]> close(List<double[]> ring) {
        List<double[]> closed = new ArrayList<>(ring);
        double[] first = ring.get(0);
        closed.add(new double[] {first[0], first[1]});
        return List.copyOf(closed);
    }
}
