package dev.edgeplan.core.phasing;

/**
 * On-site commissioning time of a phase (Level 2 receipt to Level 6 turnover), added to its lead time: a block
 * carries load only once its integrated systems test has passed. The commissioning engine supplies it from the
 * designed equipment; phasing knows nothing of that equipment.
 */
@FunctionalInterface
public interface CommissioningTime {

    /** No commissioning time: the lead times alone (tests and hand-built examples). */
    CommissioningTime NONE = (builtItKw, addedItKw) -> 0.0;

    /**
     * @param builtItKw IT kW already committed before this phase (0 for the first phase)
     * @param addedItKw IT kW the phase adds
     * @return months from mechanical completion to the phase carrying load, ≥ 0
     */
    double months(double builtItKw, double addedItKw);
}
