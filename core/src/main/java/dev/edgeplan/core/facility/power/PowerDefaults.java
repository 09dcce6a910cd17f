package dev.edgeplan.core.facility.power;

/** Power-chain sizing constants with their sources (confidence tags as in shared research facility.md). */
public final class PowerDefaults {

    /** Power factor at the utility service and transformers: 0.9 (public UPS/generator calculators, facility.md §2.9) [S]. */
    public static final double POWER_FACTOR = 0.9;

    /** Low-voltage distribution 480 V three-phase (US commercial practice) and rack feeds 415 V three-phase [R]. */
    public static final double LV_VOLTS = 480.0;
    public static final double RACK_VOLTS = 415.0;

    /** UPS battery autonomy at full load: 5 min, enough for a NFPA 110 Type 10 genset (power in 10 s) to start and transfer [R]. */
    public static final double BATTERY_MINUTES = 5.0;
    /** Battery discharge through the inverter: 96 % [R]. */
    public static final double INVERTER_EFFICIENCY = 0.96;

    /** On-site fuel: NFPA 110 Class 48 (48 h at rated load); Uptime asks ≥ 12 h (facility.md §2.2, §2.9). */
    public static final double FUEL_HOURS = 48.0;
    /** Diesel specific consumption at full load, litres per kWh generated (typical large genset spec sheets, 0.26–0.28) [R]. */
    public static final double DIESEL_L_PER_KWH = 0.27;

    /** Liquid-immersed MV/LV transformer ratings, kVA (ANSI C57.12 standard sizes) [R]. */
    public static final double[] TRANSFORMER_LADDER_KVA = {500, 750, 1000, 1500, 2000, 2500, 3000, 3750};

    /** LV switchboard main-bus ratings, A (UL 891 common frames) [R]. */
    public static final double[] SWITCHBOARD_LADDER_A = {800, 1200, 1600, 2000, 2500, 3000, 4000, 5000, 6000};

    /** Floor PDU ratings, kVA [R]. */
    public static final double[] FLOOR_PDU_LADDER_KVA = {150, 225, 300};

    /** Rack PDU (per cord) ratings at 415 V three-phase, A [R]. */
    public static final double[] RACK_PDU_LADDER_A = {16, 32, 63, 125};

    private PowerDefaults() {
    }
}
