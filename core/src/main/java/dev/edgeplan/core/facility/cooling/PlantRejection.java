package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.HeatRejection;

import java.util.Objects;
import java.util.Optional;

/**
 * How a site's plant rejects heat outdoors: the liquid loop (cold plates, immersion) and the room-air chilled-water
 * plant (CRAH / in-row coils) each on one {@link HeatRejection}.
 *
 * @param liquid  heat rejection of the liquid loop
 * @param roomAir heat rejection of the chilled-water plant serving the room air
 */
public record PlantRejection(HeatRejection liquid, HeatRejection roomAir) {

    /**
     * {@code design.heat_rejection: auto}: the liquid loop on dry coolers (warm water needs no evaporation; NVIDIA:
     * 45 °C liquid cooling allows chiller-less dry coolers [S]) and the room air on cooling towers with a waterside
     * economizer (the Lei &amp; Masanet WEC plant).
     */
    public static final PlantRejection AUTO = new PlantRejection(CoolingPlantDefaults.LIQUID_HEAT_REJECTION,
            HeatRejection.COOLING_TOWER);

    public PlantRejection {
        Objects.requireNonNull(liquid, "liquid");
        Objects.requireNonNull(roomAir, "roomAir");
    }

    /** A fixed choice applies to the whole plant; none is {@link #AUTO}. */
    public static PlantRejection of(Optional<HeatRejection> fixed) {
        return fixed.map(PlantRejection::all).orElse(AUTO);
    }

    public static PlantRejection all(HeatRejection rejection) {
        return new PlantRejection(rejection, rejection);
    }

    /** What plan.json reports as the design's heat rejection, e.g. "dry_cooler (liquid) + cooling_tower (room air)". */
    public String describe(CoolingType type) {
        if (!type.isLiquid()) {
            return roomAir.key();
        }
        return liquid.key() + " (liquid) + " + roomAir.key() + " (room air)";
    }
}
