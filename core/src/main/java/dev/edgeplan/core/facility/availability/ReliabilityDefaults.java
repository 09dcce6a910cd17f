package dev.edgeplan.core.facility.availability;

/**
 * Component reliability defaults, with the confidence tags of shared research facility.md §2.4:
 * [V] read in the source, [S] secondary source, [R] not re-verified. IEEE 493 Annex Q / TM 5-698-5 tables
 * were not transcribed (gap noted there); the repair times below are edgeplan assumptions [R].
 */
public final class ReliabilityDefaults {

    /** Utility single circuit: 1.956 failures/yr, 1.32 h per failure — IEEE 493 Gold Book [R]. */
    public static final double UTILITY_FAILURES_PER_YEAR = 1.956;
    public static final double UTILITY_OUTAGE_H = 1.32;

    /** Switchgear: 0.0125 failures/yr, middle of IEEE 493's 0.005–0.02 (industrialmonitordirect.com) [S]; 24 h repair [R]. */
    public static final double SWITCHGEAR_MTBF_H = Rbd.HOURS_PER_YEAR / 0.0125;
    public static final double SWITCHGEAR_MTTR_H = 24.0;

    /** Transformer: 0.01 failures/yr, middle of IEEE 493's 0.005–0.015 [S]; 168 h to replace [R]. */
    public static final double TRANSFORMER_MTBF_H = Rbd.HOURS_PER_YEAR / 0.01;
    public static final double TRANSFORMER_MTTR_H = 168.0;

    /** UPS module MTBF 125,000 h (kohler-ups.ie, vendor claim) [S]; 8 h repair with a service contract [R]. */
    public static final double UPS_MODULE_MTBF_H = 125_000.0;
    public static final double UPS_MODULE_MTTR_H = 8.0;

    /** PDU / distribution board: 0.005 failures/yr, like a digital protective relay in IEEE 493 (0.001–0.005) [S]; 4 h [R]. */
    public static final double PDU_MTBF_H = Rbd.HOURS_PER_YEAR / 0.005;
    public static final double PDU_MTTR_H = 4.0;

    /** β-factor of parallel UPS modules: 5 %, middle of IEC 61508 practice 1–10 % [R]. */
    public static final double COMMON_CAUSE_BETA = 0.05;

    /** Scheduled UPS maintenance: 2 visits/yr × 4 h per module (Emerson: 2 PM visits/yr raise MTBF 23× [V]; hours [R]). */
    public static final double UPS_MAINTENANCE_H_PER_MODULE = 8.0;

    /** Standby diesel: operational availability 0.995, fail to start 0.0094, MTTF running 1,100 h — NREL REopt.jl backup_reliability [V]. */
    public static final double GENSET_OPERATIONAL_AVAILABILITY = 0.995;
    public static final double GENSET_FAIL_TO_START = 0.0094;
    public static final double GENSET_MTTF_RUNNING_H = 1_100.0;

    private ReliabilityDefaults() {
    }
}
