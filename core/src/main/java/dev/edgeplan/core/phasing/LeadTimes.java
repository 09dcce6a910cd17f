package dev.edgeplan.core.phasing;

/**
 * Months from the decision to build to a phase carrying load, step by step. A phase is ready when its slowest
 * path is: utility power, or permitting followed by construction, or its long-lead electrical equipment.
 *
 * @param gridMonths              utility interconnection still to come (0 when the site's power is available)
 * @param permittingMonths        design, permits and approvals before construction starts
 * @param constructionMonths      shell and M&amp;E construction of the first phase
 * @param equipmentMonths         longest lead of the first phase's equipment (switchgear), ordered at decision
 * @param expansionMonths         a later block in the existing building: fit-out paced by UPS, generator and
 *                                chiller deliveries
 */
public record LeadTimes(double gridMonths, double permittingMonths, double constructionMonths,
                        double equipmentMonths, double expansionMonths) {

    public LeadTimes {
        for (double m : new double[] {gridMonths, permittingMonths, constructionMonths, equipmentMonths, expansionMonths}) {
            if (!(m >= 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("lead times must be finite and ≥ 0 months, got " + m);
            }
        }
    }

    /** Defaults of shared/research/facility.md §2.14; see {@link PhasingDefaults}. */
    public static LeadTimes defaults() {
        return new LeadTimes(PhasingDefaults.GRID_MONTHS, PhasingDefaults.PERMITTING_MONTHS,
                PhasingDefaults.CONSTRUCTION_MONTHS, PhasingDefaults.SWITCHGEAR_LEAD_MONTHS,
                PhasingDefaults.EXPANSION_LEAD_MONTHS);
    }

    /**
     * The first phase: max(grid, (permitting + construction) × size factor, equipment). The given permitting and
     * construction months are for an edge build up to {@link PhasingDefaults#EDGE_MAX_IT_MW}; larger first phases
     * take longer in proportion to the published totals of their size class.
     */
    public double firstPhaseMonths(double itMw) {
        return Math.max(gridMonths, Math.max((permittingMonths + constructionMonths) * sizeFactor(itMw),
                equipmentMonths));
    }

    static double sizeFactor(double itMw) {
        if (itMw <= PhasingDefaults.EDGE_MAX_IT_MW) {
            return 1.0;
        }
        double total = itMw <= PhasingDefaults.MID_MAX_IT_MW ? PhasingDefaults.MID_TOTAL_MONTHS
                : PhasingDefaults.LARGE_TOTAL_MONTHS;
        return total / (PhasingDefaults.PERMITTING_MONTHS + PhasingDefaults.CONSTRUCTION_MONTHS);
    }

    /** Every step {@code factor} times as long (a delay driver). */
    public LeadTimes scaled(double factor) {
        return new LeadTimes(gridMonths * factor, permittingMonths * factor, constructionMonths * factor,
                equipmentMonths * factor, expansionMonths * factor);
    }
}
