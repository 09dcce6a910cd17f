package dev.edgeplan.core.geo;

/** Great-circle distance on a spherical Earth (haversine: stable at short distances). */
public final class GreatCircle {

    /** IUGG mean Earth radius R1 = 6,371.0088 km (Moritz, Geodetic Reference System 1980). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double distanceKm(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double phi1 = Math.toRadians(lat1Deg);
        double phi2 = Math.toRadians(lat2Deg);
        return distanceKm(phi1, Math.cos(phi1), lon1Deg, phi2, Math.cos(phi2), lon2Deg);
    }

    /**
     * The same haversine from each end's latitude in radians and its cosine, computed once per point by a caller
     * filling a distance matrix (two fewer cosines per pair; the result is bit-identical).
     */
    public static double distanceKm(double phi1, double cosPhi1, double lon1Deg, double phi2, double cosPhi2,
                                    double lon2Deg) {
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2Deg - lon1Deg);
        double sinHalfPhi = Math.sin(dPhi / 2);
        double sinHalfLambda = Math.sin(dLambda / 2);
        double h = sinHalfPhi * sinHalfPhi + cosPhi1 * cosPhi2 * sinHalfLambda * sinHalfLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /**
     * The point {@code distanceKm} from (lat, lon) along initial bearing {@code bearingDeg} (clockwise from north),
     * as {lat, lon} in degrees, lon normalised to [−180, 180).
     */
    public static double[] destination(double latDeg, double lonDeg, double bearingDeg, double distanceKm) {
        double delta = distanceKm / EARTH_RADIUS_KM;
        double theta = Math.toRadians(bearingDeg);
        double phi1 = Math.toRadians(latDeg);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
        double lambda2 = Math.toRadians(lonDeg) + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
        double lon = (Math.toDegrees(lambda2) + 540.0) % 360.0 - 180.0;
        return new double[] {Math.toDegrees(phi2), lon};
    }
}
