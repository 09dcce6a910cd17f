package dev.edgeplan.core.commissioning;

/**
 * Commissioning constants. [V] verified against the cited source, [S] secondary source, [R] edgeplan assumption
 * (no public table of test durations exists; docs/commissioning.md checks the totals against published windows).
 */
public final class CommissioningDefaults {

    private CommissioningDefaults() {
    }

    /** NFPA 110 Type 10: emergency power available within 10 s of utility failure [V: NFPA 110 §4.2, Table 4.1(b)]. */
    public static final double NFPA110_TYPE_S = 10.0;

    /** NFPA 110 acceptance test: 2 hours at full load (100 % nameplate less site derating) [V: NFPA 110 (2005) §7.13]. */
    public static final double NFPA110_ACCEPTANCE_H = 2.0;

    /** ASHRAE TC 9.9 recommended air inlet envelope, all A-classes: 18–27 °C [V: ASHRAE Thermal Guidelines, 4th ed.]. */
    public static final double ASHRAE_RECOMMENDED_MIN_C = 18.0;
    public static final double ASHRAE_RECOMMENDED_MAX_C = 27.0;

    /** A UPS online transfer to battery keeps output within the IEC 62040-3 class 1 curve: zero interruption [S: IEC 62040-3 output performance classification]. */
    public static final double UPS_OUTPUT_INTERRUPTION_MS = 0.0;

    /** Working hours of one test shift [R]. */
    public static final double HOURS_PER_SHIFT = 10.0;

    /** Five working days a week [R]. */
    public static final double WORKING_DAYS_PER_WEEK = 5.0;

    /** Calendar days per working day at five working days a week. */
    public static final double CALENDAR_DAYS_PER_WORKING_DAY = 7.0 / WORKING_DAYS_PER_WEEK;

    /** Mean Gregorian month, days. */
    public static final double DAYS_PER_MONTH = 365.2425 / 12.0;

    /** One test crew per discipline for each 2 MW of IT a phase adds [R]; calibrated once so a 30 MW hall's on-site
     *  window lands near the 8-week reference below (docs/commissioning.md). */
    public static final double IT_KW_PER_CREW = 2000.0;

    /** Issues found in a level are closed before the next starts: this share of the level's span, at least one day [R]. */
    public static final double ISSUE_CLOSEOUT_SHARE = 0.15;
    public static final double MIN_ISSUE_CLOSEOUT_DAYS = 1.0;

    /** L0 design review (OPR, BoD, Cx plan): first phase / a later block [R]. */
    public static final double DESIGN_REVIEW_DAYS_FIRST = 10.0;
    public static final double DESIGN_REVIEW_DAYS_EXPANSION = 3.0;

    /** L6 turnover (systems manual, training, O&amp;M, Cx report; ASHRAE Guideline 0 deliverables): first / later [R]. */
    public static final double TURNOVER_DAYS_FIRST = 5.0;
    public static final double TURNOVER_DAYS_EXPANSION = 2.0;

    /** IST: placing and connecting hall load banks and temporary instruments [R]. */
    public static final double IST_SETUP_DAYS = 1.0;

    /** IST step load 25/50/75/100 %, one hour per step [R]. */
    public static final double[] IST_LOAD_STEPS = {0.25, 0.50, 0.75, 1.00};
    public static final double IST_STEP_HOURS = 1.0;

    /** IST heat run at 100 % hall load before the failure scenarios, to reach thermal steady state [R]. */
    public static final double IST_HEAT_RUN_H = 12.0;

    /** IST scenario durations: stage, hold until stable, restore [R]. */
    public static final double IST_UTILITY_OUTAGE_H = 4.0;
    public static final double IST_WHOLE_PATH_H = 4.0;
    public static final double IST_SINGLE_UNIT_H = 1.5;

    /** Published windows the schedule is checked against (docs/commissioning.md): active on-site L2–L5 window of a
     *  well-run hyperscale build 8 weeks, 12–16 when L4/L5 failures cascade [S: gantt-chart.co.uk, data centre
     *  commissioning timeline]; commissioning 3–6 months overlapping the end of construction [S: poweratlas]. */
    public static final double REFERENCE_ACTIVE_WEEKS = 8.0;
}
