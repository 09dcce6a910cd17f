package dev.edgeplan.core.scenario;

/** How the liquid loop of a direct-to-chip hall rejects its heat. */
public enum HeatRejection {
    /** Dry coolers: no water; free cooling follows the dry bulb. */
    DRY_COOLER("dry_cooler"),
    /** Dry coolers with evaporative pre-cooling pads on hot hours: water only when it pays. */
    ADIABATIC_DRY_COOLER("adiabatic_dry_cooler"),
    /** Open cooling towers through a plate heat exchanger: free cooling follows the wet bulb, water every hour. */
    COOLING_TOWER("cooling_tower");

    private final String key;

    HeatRejection(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
