package dev.edgeplan.core.demand;

/**
 * A place where requests originate, with an integer index for matrix work.
 *
 * @param population people represented (after absorbing suburbs into their agglomeration)
 * @param origin     where the point came from: {@code city}, {@code grid} (a cell of cities, see
 *                   {@code GridCells}), or {@code scenario} (inline or CSV)
 */
public record DemandPoint(int index, String id, String name, double lat, double lon, double population,
                          String origin) {
}
