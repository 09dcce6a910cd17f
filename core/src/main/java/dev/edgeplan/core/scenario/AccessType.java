package dev.edgeplan.core.scenario;

import java.util.Arrays;
import java.util.Optional;

/** The last-mile network between a user and the metro; its round trip eats the SLO budget. */
public enum AccessType {
    FIBER("fiber"),
    CABLE("cable"),
    DSL("dsl"),
    LTE("lte"),
    FIVE_G("5g"),
    /** On-premises or private fibre / private 5G to the site (factory, campus). */
    PRIVATE("private"),
    /** Site-to-site path between data centers: no access network. */
    NONE("none");

    private final String key;

    AccessType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The access type spelled {@code key} in scenarios and on the command line. */
    public static Optional<AccessType> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
