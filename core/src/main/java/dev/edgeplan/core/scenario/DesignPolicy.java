package dev.edgeplan.core.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * How facilities are designed.
 *
 * @param redundancy                power-chain redundancy (N, N+1, 2N)
 * @param maxKwPerRack              hard limit on nameplate kW per rack
 * @param cooling                   auto (by density) or a fixed technology
 * @param airMaxKwPerRack           density up to which plain air cooling is used
 * @param containmentMaxKwPerRack   density up to which air with containment / RDHx is used; above: direct-to-chip
 * @param heatRejection             heat rejection of the whole plant; empty = auto (liquid loop on dry coolers,
 *                                  room air on cooling towers with a waterside economizer)
 * @param distributed               block geometry when {@code redundancy} is {@link Redundancy#DISTRIBUTED}
 */
public record DesignPolicy(Redundancy redundancy, double maxKwPerRack, CoolingPreference cooling,
                           double airMaxKwPerRack, double containmentMaxKwPerRack,
                           Optional<HeatRejection> heatRejection, Distributed distributed) {

    public DesignPolicy {
        Objects.requireNonNull(redundancy, "redundancy");
        Objects.requireNonNull(cooling, "cooling");
        Objects.requireNonNull(heatRejection, "heatRejection");
        Objects.requireNonNull(distributed, "distributed");
    }

    /** With distributed geometry 4-make-3 (used only when redundancy is distributed). */
    public DesignPolicy(Redundancy redundancy, double maxKwPerRack, CoolingPreference cooling, double airMaxKwPerRack,
                        double containmentMaxKwPerRack, Optional<HeatRejection> heatRejection) {
        this(redundancy, maxKwPerRack, cooling, airMaxKwPerRack, containmentMaxKwPerRack, heatRejection,
                Distributed.FOUR_MAKE_THREE);
    }

    /** With heat rejection auto. */
    public DesignPolicy(Redundancy redundancy, double maxKwPerRack, CoolingPreference cooling, double airMaxKwPerRack,
                        double containmentMaxKwPerRack) {
        this(redundancy, maxKwPerRack, cooling, airMaxKwPerRack, containmentMaxKwPerRack, Optional.empty());
    }
}
