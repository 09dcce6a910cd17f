package dev.edgeplan.core.facility.space;

import dev.edgeplan.core.scenario.CoolingType;

/**
 * White space, gross building area, lighting and floor loading of a site.
 *
 * @param whiteSpaceM2         computer-room floor incl. aisles
 * @param grossM2              building incl. electrical, mechanical and support space
 * @param lightingKw           lighting and small power of the white space
 * @param rackFloorLoadKpa     static load of a full rack over its footprint
 */
public record RoomLayout(int racks, double whiteSpaceM2, double grossM2, double lightingKw, double rackMassKg,
                         double rackFloorLoadKpa, String floorNote) {

    /** White space per rack incl. hot/cold aisles: 2.8 m² (≈ 30 ft², the usual 25–30 ft² planning figure) [R]. */
    public static final double WHITE_SPACE_M2_PER_RACK = 2.8;
    /** White space ≈ 45 % of gross area; the rest is electrical, mechanical, support [R]. */
    public static final double WHITE_SPACE_SHARE_OF_GROSS = 0.45;
    /** Lighting 21.5 W/m² (Schneider WP 3 worksheet: 0.002 kW/ft²). */
    public static final double LIGHTING_KW_PER_M2 = 0.0215;
    /** Rack footprint 0.6 m × 1.2 m [R]. */
    public static final double RACK_FOOTPRINT_M2 = 0.72;
    /** Loaded air-cooled GPU rack ≈ 1,000 kg [R]; liquid-cooled rack-scale system ≈ 1,360 kg (GB200 NVL72, 3,000 lb) [S]. */
    public static final double AIR_RACK_KG = 1_000.0;
    public static final double LIQUID_RACK_KG = 1_360.0;
    /**
     * Single-phase immersion tank (a horizontal "rack" of ~42 U): footprint 0.9 m × 2.4 m, ≈ 2,300 kg filled with
     * ~1,000 L of dielectric fluid, white space per tank incl. service aisles and lifting clearance 5.5 m² [R: vendor
     * tank outlines of the GRC ICEraQ / LiquidStack DataTank class, not re-verified].
     */
    public static final double IMMERSION_TANK_FOOTPRINT_M2 = 2.16;
    public static final double IMMERSION_TANK_KG = 2_300.0;
    public static final double WHITE_SPACE_M2_PER_TANK = 5.5;
    /** Typical raised-floor panel rating ≈ 12 kPa (250 lb/ft²) [R]. */
    public static final double RAISED_FLOOR_KPA = 12.0;

    static final double G = 9.80665;

    public static RoomLayout of(int racks, CoolingType cooling) {
        boolean tanks = cooling == CoolingType.IMMERSION;
        double white = racks * (tanks ? WHITE_SPACE_M2_PER_TANK : WHITE_SPACE_M2_PER_RACK);
        double mass = tanks ? IMMERSION_TANK_KG : cooling.isLiquid() ? LIQUID_RACK_KG : AIR_RACK_KG;
        double kpa = mass * G / (tanks ? IMMERSION_TANK_FOOTPRINT_M2 : RACK_FOOTPRINT_M2) / 1000.0;
        String note = kpa > RAISED_FLOOR_KPA
                ? String.format("%s racks ≈ %.0f kg load %.1f kPa over the footprint, above a typical %.0f kPa raised floor: "
                        + "slab on grade or a floor rated for it%s", cooling.isLiquid() ? "liquid-cooled" : "loaded", mass, kpa,
                RAISED_FLOOR_KPA, cooling.isLiquid() ? "; route coolant piping overhead or in trenches with leak detection" : "")
                : String.format("racks ≈ %.0f kg load %.1f kPa, within a typical %.0f kPa raised floor", mass, kpa, RAISED_FLOOR_KPA);
        return new RoomLayout(racks, white, white / WHITE_SPACE_SHARE_OF_GROSS, white * LIGHTING_KW_PER_M2, mass, kpa, note);
    }
}
