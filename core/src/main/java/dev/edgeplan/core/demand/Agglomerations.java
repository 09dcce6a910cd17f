package dev.edgeplan.core.demand;

import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.geo.GreatCircle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes double counting from the world-cities data, where a large city's population is its whole
 * urban agglomeration (New York 18.97 M) while its suburbs are listed again with their own population.
 *
 * <p>Cities are visited from largest to smallest; a city lying within the agglomeration radius of a
 * larger city already kept is absorbed (dropped: the larger figure already counts its people). The
 * radius is that of a disc holding the larger city's population at {@link #AGGLOMERATION_DENSITY_PER_KM2}:
 * r = √(P / (π·D)), so New York reaches 78 km and a 20,000-person town 2.5 km.
 */
public final class Agglomerations {

    /**
     * Calibration, not a measured constant: at 1,000 people/km² the 5,393 US rows (raw sum 380.1 M,
     * above the 331.4 M 2020 Census resident count) deduplicate to 2,985 points summing to 287.5 M,
     * between the Census 2020 urban population (265.1 M, 80.0 %) and the resident total; rural people
     * outside listed places are not in the data at all. A test pins these figures.
     */
    public static final double AGGLOMERATION_DENSITY_PER_KM2 = 1_000.0;

    private static final double CELL_DEG = 1.0;

    private Agglomerations() {
    }

    public static double radiusKm(double population) {
        return Math.sqrt(Math.max(0.0, population) / (Math.PI * AGGLOMERATION_DENSITY_PER_KM2));
    }

    /** The cities kept, largest first (ties by id, so the result is deterministic). */
    public static List<City> absorbSuburbs(List<City> cities) {
        List<City> sorted = new ArrayList<>(cities);
        sorted.sort(Comparator.comparingLong(City::population).reversed().thenComparingLong(City::id));
        double maxRadiusKm = sorted.isEmpty() ? 0.0 : radiusKm(sorted.get(0).population());
        // Grid of kept cities by 1° cell; a search spans enough cells to cover the largest radius.
        Map<Long, List<City>> grid = new HashMap<>();
        List<City> kept = new ArrayList<>();
        for (City city : sorted) {
            if (!absorbed(city, grid, maxRadiusKm)) {
                kept.add(city);
                grid.computeIfAbsent(cellKey(cellOf(city.lat()), cellOf(city.lon())), k -> new ArrayList<>()).add(city);
            }
        }
        return kept;
    }

    private static boolean absorbed(City city, Map<Long, List<City>> grid, double maxRadiusKm) {
        int latCell = cellOf(city.lat());
        int lonCell = cellOf(city.lon());
        int latSpan = (int) Math.ceil(maxRadiusKm / 111.0 / CELL_DEG) + 1;
        double cosLat = Math.max(0.05, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(city.lat()) + latSpan))));
        int lonSpan = Math.min(180, (int) Math.ceil(maxRadiusKm / (111.0 * cosLat) / CELL_DEG) + 1);
        for (int dLat = -latSpan; dLat <= latSpan; dLat++) {
            for (int dLon = -lonSpan; dLon <= lonSpan; dLon++) {
                int lonWrapped = Math.floorMod(lonCell + dLon + 180, 360) - 180;
                List<City> cell = grid.get(cellKey(latCell + dLat, lonWrapped));
                if (cell == null) {
                    continue;
                }
                for (City big : cell) {
                    double d = GreatCircle.distanceKm(city.lat(), city.lon(), big.lat(), big.lon());
                    if (d <= radiusKm(big.population())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int cellOf(double deg) {
        return (int) Math.floor(deg / CELL_DEG);
    }

    private static long cellKey(int latCell, int lonCell) {
        return ((long) latCell << 32) ^ (lonCell & 0xffffffffL);
    }
}
