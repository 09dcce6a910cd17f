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
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2Deg - lon1Deg);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
