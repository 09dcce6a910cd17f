package dev.edgeplan.core.scenario;

/** Cooling architecture of a data hall, ordered by the rack density it can remove. */
public enum CoolingType {
    /** Perimeter CRAH/CRAC with hot/cold aisles. */
    AIR("air"),
    /** Air with hot/cold-aisle containment, in-row coolers or rear-door heat exchangers. */
    AIR_CONTAINMENT("air_containment"),
    /** Direct-to-chip liquid cold plates (the remainder of the heat still goes to air). */
    DIRECT_TO_CHIP("direct_to_chip"),
    /** Single-phase immersion: servers (fans removed) in tanks of dielectric fluid, cooled through a CDU by facility water. */
    IMMERSION("immersion");

    private final String key;

    CoolingType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean isLiquid() {
        return this == DIRECT_TO_CHIP || this == IMMERSION;
    }
}
