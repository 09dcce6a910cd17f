package dev.edgeplan.core.facility.climate;

import dev.edgeplan.core.geo.GreatCircle;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the climate normals for a site: the metro it names, else the nearest metro within reach. */
public final class ClimateLookup {

    /** Farthest a metro's normals are used for a site that names none: 150 km [R] (same synoptic climate). */
    public static final double MAX_DISTANCE_KM = 150.0;

    private ClimateLookup() {
    }

    public static Optional<MonthlyClimate> forSite(Optional<String> metro, double lat, double lon,
                                                   List<MonthlyClimate> climates) {
        if (metro.isPresent()) {
            Optional<MonthlyClimate> named = climates.stream().filter(c -> c.metro().equalsIgnoreCase(metro.get())).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return climates.stream()
                .filter(c -> GreatCircle.distanceKm(lat, lon, c.lat(), c.lon()) <= MAX_DISTANCE_KM)
                .min(Comparator.comparingDouble(c -> GreatCircle.distanceKm(lat, lon, c.lat(), c.lon())));
    }
}
