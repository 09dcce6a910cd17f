package dev.edgeplan.core.demand;

import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.geo.GreatCircle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups cities into cells of about {@code cellKm} × {@code cellKm} for large areas: rows of constant latitude
 * height, each cut into columns whose width in degrees grows with 1 / cos(latitude of the row's centre), so
 * every cell covers about the same area (to within the cos variation across one row). Plain and
 * dependency-free; H3 would give hexagons, which the planner does not need.
 */
public final class GridCells {

    /** Kilometres per degree of latitude on the mean-radius sphere: π · 6,371.0088 / 180. */
    static final double KM_PER_DEGREE = Math.PI * GreatCircle.EARTH_RADIUS_KM / 180.0;

    private GridCells() {
    }

    /** Cities of one cell, largest first. */
    public record Cell(String key, List<City> cities) {

        public City largest() {
            return cities.get(0);
        }

        public long population() {
            return cities.stream().mapToLong(City::population).sum();
        }

        /** Population-weighted centroid (plain average of coordinates if nobody lives there). */
        public double[] centroid() {
            double total = population();
            double lat = 0;
            double lon = 0;
            for (City c : cities) {
                double w = total > 0 ? c.population() / total : 1.0 / cities.size();
                lat += w * c.lat();
                lon += w * c.lon();
            }
            return new double[] {lat, lon};
        }
    }

    /** The cells holding at least one city, the most populous first (ties by key), cities largest first. */
    public static List<Cell> group(List<City> cities, double cellKm) {
        if (!(cellKm > 0)) {
            throw new IllegalArgumentException("cellKm must be > 0: " + cellKm);
        }
        double rowDeg = cellKm / KM_PER_DEGREE;
        Map<String, List<City>> byKey = new LinkedHashMap<>();
        List<City> sorted = new ArrayList<>(cities);
        sorted.sort(Comparator.comparingLong(City::population).reversed().thenComparingLong(City::id));
        for (City city : sorted) {
            int row = (int) Math.floor((city.lat() + 90.0) / rowDeg);
            // Rows touching a pole are one cell wide: their centre is capped just short of ±90°.
            double rowCentreLat = Math.max(-89.999, Math.min(89.999, -90.0 + (row + 0.5) * rowDeg));
            double colDeg = Math.min(360.0, rowDeg / Math.cos(Math.toRadians(rowCentreLat)));
            int col = (int) Math.floor((city.lon() + 180.0) / colDeg);
            byKey.computeIfAbsent(row + "_" + col, k -> new ArrayList<>()).add(city);
        }
        List<Cell> cells = new ArrayList<>();
        byKey.forEach((key, members) -> cells.add(new Cell(key, List.copyOf(members))));
        cells.sort(Comparator.comparingLong(Cell::population).reversed().thenComparing(Cell::key));
        return cells;
    }
}
