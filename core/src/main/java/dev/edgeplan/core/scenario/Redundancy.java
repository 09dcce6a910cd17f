package dev.edgeplan.core.scenario;

import java.util.Locale;
import java.util.Optional;

/**
 * Power-chain redundancy topology (Uptime / TIA-942 vocabulary; Schneider WP 75: capacity N, parallel redundant
 * N+1, system-plus-system 2N and 2(N+1) = two independent N+1 systems feeding dual-corded IT, and distributed
 * redundant = k of n independent blocks, whose geometry is a {@link Distributed}).
 */
public enum Redundancy {
    N("N", 1, 0),
    N_PLUS_1("N+1", 1, 1),
    TWO_N("2N", 2, 0),
    TWO_N_PLUS_1("2(N+1)", 2, 1),
    /** k-of-n blocks ({@link Distributed}); paths and spares are per block: one path, no spare inside a block. */
    DISTRIBUTED("distributed", 1, 0);

    private final String key;
    private final int paths;
    private final int sparesPerPath;

    Redundancy(String key, int paths, int sparesPerPath) {
        this.key = key;
        this.paths = paths;
        this.sparesPerPath = sparesPerPath;
    }

    public String key() {
        return key;
    }

    /** Independent A/B distribution paths. */
    public int paths() {
        return paths;
    }

    /** Spare units on each path. */
    public int sparesPerPath() {
        return sparesPerPath;
    }

    /** Units installed when {@code needed} units carry the load (not for {@link #DISTRIBUTED}: see {@link Distributed}). */
    public int installedUnits(int needed) {
        if (this == DISTRIBUTED) {
            throw new IllegalStateException("distributed redundancy is sized per block: use its Distributed geometry");
        }
        return needed <= 0 ? 0 : paths * (needed + sparesPerPath);
    }

    /** By key, case-insensitive ("n+1", "2(N+1)"). */
    public static Optional<Redundancy> parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Redundancy r : values()) {
            if (r.key.toUpperCase(Locale.ROOT).equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
