package dev.edgeplan.core.catalog;

/**
 * A city of the bundled world-cities data (SimpleMaps basic, CC BY 4.0).
 *
 * @param population urban-agglomeration estimate for large cities; suburbs are listed again on their own
 */
public record City(long id, String name, String countryIso2, String admin1, double lat, double lon,
                   long population) {
}
