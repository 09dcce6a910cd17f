package dev.edgeplan.core.facility;

/** Facility sizing constants with their sources. */
public final class FacilityDefaults {

    private FacilityDefaults() {
    }

    /** Standard full-height rack: 42U (EIA-310 rack unit = 44.45 mm; 42U is the common data-center height). */
    public static final int RACK_HEIGHT_U = 42;

    /** Rack units kept for top-of-rack switches, management switch and patch panel (assumption: 2 × 1U ToR + 1U mgmt + 1U patch). */
    public static final int RACK_RESERVED_U = 4;

    /** Common three-phase UPS module/frame ratings, kW (assumption: spans the 100–1,250 kVA range vendors sell at PF 1.0). */
    public static final double[] UPS_MODULE_LADDER_KW = {100, 200, 250, 300, 400, 500, 625, 750, 1000, 1250};

    /** Common standby diesel genset ratings, ekW (assumption: 500 kW–3 MW range of data-center gensets). */
    public static final double[] GENERATOR_LADDER_KW = {500, 750, 1000, 1250, 1500, 2000, 2500, 3000};

    /**
     * Generator sized at facility load × 1.25 motor-start margin: public calculator rule
     * "generator kVA = IT × PUE / 0.8 × 1.25 motor-start margin × redundancy" (engineering-calculators.pages.dev,
     * quoted in shared/research/facility.md §2.9), applied here to kW.
     */
    public static final double GENERATOR_MOTOR_START_MARGIN = 1.25;

    /** Utility service at 125 % of the continuous load: NEC continuous-load rule (Schneider WP 3 worksheet). */
    public static final double UTILITY_CONTINUOUS_LOAD_FACTOR = 1.25;

    /**
     * Share of construction cost in critical capacity (power and cooling plant, $/MW): 53 %; the rest is
     * shell 21 %, site 10 %, white space 10 %, back of house 4 %, office 2 % (Cushman &amp; Wakefield
     * Data Center Development Cost Guide 2025). The power-chain share scales with installed UPS and
     * generator capacity relative to an N+1 design, which the $/MW average describes.
     */
    public static final double CRITICAL_CAPACITY_COST_SHARE = 0.53;
}
