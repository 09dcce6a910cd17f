package dev.edgeplan.core.scenario;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A demand point given in the scenario (inline or from a CSV file).
 *
 * @param population   people at this point (used with the demand shares and to spread absolute rates)
 * @param requestsPerS average requests per second per workload id at this point, overriding shares
 */
public record DemandPointSpec(String id, String name, double lat, double lon, double population,
                              Map<String, Double> requestsPerS) {

    public DemandPointSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        requestsPerS = Map.copyOf(new TreeMap<>(requestsPerS));
    }
}
