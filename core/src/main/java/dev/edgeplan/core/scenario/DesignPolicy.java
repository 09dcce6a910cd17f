package dev.edgeplan.core.scenario;

import java.util.Objects;

/**
 * How facilities are designed.
 *
 * @param redundancy                power-chain redundancy (N, N+1, 2N)
 * @param maxKwPerRack              hard limit on nameplate kW per rack
 * @param cooling                   auto (by density) or a fixed technology
 * @param airMaxKwPerRack           density up to which plain air cooling is used
 * @param containmentMaxKwPerRack   density up to which air with containment / RDHx is used; above: direct-to-chip
 */
public record DesignPolicy(Redundancy redundancy, double maxKwPerRack, CoolingPreference cooling,
                           double airMaxKwPerRack, double containmentMaxKwPerRack) {

    public DesignPolicy {
        Objects.requireNonNull(redundancy, "redundancy");
        Objects.requireNonNull(cooling, "cooling");
    }
}
