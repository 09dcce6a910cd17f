package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.HeatRejection;

/**
 * Cooling-plant parameters per cooling type at edge scale. Fan, pump, tower and chiller values are those of Lei
 * &amp; Masanet's waterside example ({@link LeiMasanetExamples#WATERSIDE}); set points and loop temperatures are
 * edgeplan choices inside ASHRAE TC 9.9 envelopes (shared research facility.md §2.5, §2.8), marked [R] there.
 */
public final class CoolingPlantDefaults {

    /**
     * Lei &amp; Masanet example distribution loss (0.56 % of IT), kept for the LV side — PDUs and cables; plans add the
     * MV/LV transformers' part-load losses separately ({@code power.TransformerLosses}).
     */
    public static final double DISTRIBUTION_LOSS_FRACTION = 0.00560546875;

    /**
     * Perimeter CRAH without containment: supply air 20 °C with a 10 K rise (mixing forces a colder supply than
     * the ASHRAE recommended 27 °C maximum), CRAH fan 685 Pa (Lei &amp; Masanet airside example's CRAH value).
     */
    public static final double AIR_SUPPLY_C = 20.0;
    public static final double AIR_DELTA_T_K = 10.0;
    public static final double AIR_FAN_PA = 685.058594;

    /** Contained aisles / in-row / RDHx: supply 24 °C with a 14 K rise, fan 417 Pa (Lei &amp; Masanet waterside example). */
    public static final double CONTAINMENT_SUPPLY_C = 24.0;
    public static final double CONTAINMENT_DELTA_T_K = 14.0;

    /** Heat captured by cold plates: 80 %, middle of the 70–90 % band (facility.md §2.6, [R]). */
    public static final double DLC_HEAT_CAPTURE = 0.80;
    /** Facility water supply at the ASHRAE W32 class limit, 10 K rise [R]. */
    public static final double DLC_SUPPLY_WATER_C = 32.0;
    public static final double DLC_WATER_DELTA_T_K = 10.0;
    /**
     * Single-phase immersion: the tanks carry 95 % of IT heat (lids, tank walls and the power shelves leave the rest in
     * the room air) [R]; facility water 35 °C supply with a 10 K rise, inside the ASHRAE W40 class [R]; servers run
     * without fans (facility.md §2.7: fan power leaves the IT denominator) [S].
     */
    public static final double IMMERSION_HEAT_CAPTURE = 0.95;
    public static final double IMMERSION_SUPPLY_WATER_C = 35.0;
    public static final double IMMERSION_SERVER_FAN_SHARE = 0.0;

    /** Liquid loop heat rejection by default: dry coolers, no water (NVIDIA: 45 °C liquid allows chiller-less dry coolers [S]). */
    public static final HeatRejection LIQUID_HEAT_REJECTION = HeatRejection.DRY_COOLER;

    /** Dry-cooler approach 8 K (facility.md §2.8: 5–10 K), air rise 10 K, fan 150 Pa [R]. */
    public static final double DRY_COOLER_APPROACH_K = 8.0;
    public static final double DRY_COOLER_AIR_DELTA_T_K = 10.0;
    public static final double DRY_COOLER_FAN_PA = 150.0;

    /** Tower blowdown: cycles of concentration 4 → make-up = evaporation × 4/3 (facility.md §2.7, typical 3–6, [R]). */
    public static final double CYCLES_OF_CONCENTRATION = 4.0;

    /**
     * Server fan power as a share of IT input (ITUE = 1/(1 − share)): 8 % air-cooled, 2 % with cold plates
     * ([R]; facility.md §2.7 TUE definition, Patterson et al. 2013; NVIDIA/Vertiv hybrid study: fan power
     * leaves the IT denominator).
     */
    public static final double AIR_SERVER_FAN_SHARE = 0.08;
    public static final double DLC_SERVER_FAN_SHARE = 0.02;

    private CoolingPlantDefaults() {
    }

    /** Room-air plant for a cooling type (direct-to-chip uses the containment plant for its residual air). */
    public static WatersideEconomizer.Parameters roomAir(CoolingType type) {
        WatersideEconomizer.Parameters lei = LeiMasanetExamples.WATERSIDE;
        boolean open = type == CoolingType.AIR;
        return new WatersideEconomizer.Parameters(1.0, DISTRIBUTION_LOSS_FRACTION, 0.0,
                open ? AIR_SUPPLY_C : CONTAINMENT_SUPPLY_C, open ? AIR_DELTA_T_K : CONTAINMENT_DELTA_T_K,
                open ? AIR_FAN_PA : lei.airFanPa(), lei.airFanEfficiency(), lei.humidifierPumpPa(),
                lei.humidifierPumpEfficiency(), lei.economizerPumpPa(), lei.economizerPumpEfficiency(),
                lei.heatExchangerApproachK(), lei.coilEffectiveness(), lei.sensibleHeatRatio(), lei.tower());
    }

    /** The liquid loop of a liquid cooling type: cold plates at W32, immersion tanks at 35 °C (air types: the cold-plate loop, unused). */
    public static LiquidLoop liquidLoop(CoolingType type) {
        WatersideEconomizer.Parameters lei = LeiMasanetExamples.WATERSIDE;
        boolean tanks = type == CoolingType.IMMERSION;
        return new LiquidLoop(heatCapture(type), tanks ? IMMERSION_SUPPLY_WATER_C : DLC_SUPPLY_WATER_C,
                DLC_WATER_DELTA_T_K, DRY_COOLER_APPROACH_K,
                DRY_COOLER_AIR_DELTA_T_K, DRY_COOLER_FAN_PA, lei.tower().towerFanEfficiency(), lei.economizerPumpPa(),
                lei.economizerPumpEfficiency(), lei.tower());
    }

    /** Share of IT heat the liquid loop carries: cold plates {@link #DLC_HEAT_CAPTURE}, tanks {@link #IMMERSION_HEAT_CAPTURE}, none for air. */
    public static double heatCapture(CoolingType type) {
        return switch (type) {
            case DIRECT_TO_CHIP -> DLC_HEAT_CAPTURE;
            case IMMERSION -> IMMERSION_HEAT_CAPTURE;
            case AIR, AIR_CONTAINMENT -> 0.0;
        };
    }

    public static double serverFanShare(CoolingType type) {
        return switch (type) {
            case DIRECT_TO_CHIP -> DLC_SERVER_FAN_SHARE;
            case IMMERSION -> IMMERSION_SERVER_FAN_SHARE;
            case AIR, AIR_CONTAINMENT -> AIR_SERVER_FAN_SHARE;
        };
    }

    /** ASHRAE TC 9.9 class the design runs in: A1 air (18–27 °C recommended), W32 facility water for cold plates, W40 for immersion tanks. */
    public static String ashraeClass(CoolingType type) {
        return switch (type) {
            case DIRECT_TO_CHIP -> "W32 + A1";
            case IMMERSION -> "W40 + A1";
            case AIR, AIR_CONTAINMENT -> "A1";
        };
    }
}
