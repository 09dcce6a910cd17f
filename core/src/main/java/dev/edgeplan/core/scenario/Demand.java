package dev.edgeplan.core.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where requests come from.
 *
 * @param cities   optional filter over the bundled world cities
 * @param points   inline points and rows read from the demand CSV, in file order
 * @param sharePct per workload id, the share of population (percent) that uses it
 */
public record Demand(Optional<CitiesFilter> cities, List<DemandPointSpec> points, Map<String, Double> sharePct) {

    public Demand {
        Objects.requireNonNull(cities, "cities");
        points = List.copyOf(points);
        sharePct = Map.copyOf(new TreeMap<>(sharePct));
    }
}
