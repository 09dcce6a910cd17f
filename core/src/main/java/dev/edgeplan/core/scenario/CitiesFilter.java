package dev.edgeplan.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Selects demand points from the bundled world-cities catalog.
 *
 * @param countries     ISO 3166-1 alpha-2 codes; empty = all countries
 * @param regions       first-level subdivisions (state, province) by name; empty = all
 * @param minPopulation smallest city kept
 * @param within        optional circle the city must lie in
 * @param gridKm        optional grid cell size: cities are grouped into cells of about this many km a side
 */
public record CitiesFilter(List<String> countries, List<String> regions, long minPopulation, Optional<Circle> within,
                           OptionalDouble gridKm) {

    public CitiesFilter {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(gridKm, "gridKm");
    }

    /** A filter without a grid. */
    public CitiesFilter(List<String> countries, List<String> regions, long minPopulation, Optional<Circle> within) {
        this(countries, regions, minPopulation, within, OptionalDouble.empty());
    }

    /** A circle on the Earth's surface. */
    public record Circle(double lat, double lon, double radiusKm) {
    }
}
