package dev.edgeplan.core.facility.availability;

import java.util.Locale;
import java.util.Optional;

/**
 * Power-path topologies (Schneider WP 75 vocabulary: capacity N, parallel redundant N+1, system-plus-system 2N
 * and 2(N+1), distributed redundant k-of-n systems).
 */
public enum Topology {
    N("N", 1, 0),
    N_PLUS_1("N+1", 1, 1),
    TWO_N("2N", 2, 0),
    TWO_N_PLUS_1("2(N+1)", 2, 1);

    private final String key;
    private final int paths;
    private final int sparesPerPath;

    Topology(String key, int paths, int sparesPerPath) {
        this.key = key;
        this.paths = paths;
        this.sparesPerPath = sparesPerPath;
    }

    public String key() {
        return key;
    }

    /** Independent A/B paths feeding dual-corded IT. */
    public int paths() {
        return paths;
    }

    public int sparesPerPath() {
        return sparesPerPath;
    }

    /** Modules installed when {@code needed} carry the load. */
    public int installed(int needed) {
        return needed <= 0 ? 0 : paths * (needed + sparesPerPath);
    }

    public static Optional<Topology> parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Topology topology : values()) {
            if (topology.key.equals(t)) {
                return Optional.of(topology);
            }
        }
        return Optional.empty();
    }
}
