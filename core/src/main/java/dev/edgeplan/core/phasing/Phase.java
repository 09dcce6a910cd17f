package dev.edgeplan.core.phasing;

/**
 * One block of IT capacity.
 *
 * @param index          0 = first phase
 * @param decisionMonth  month the block is committed (capex falls here), from the plan's start
 * @param onlineMonth    month it can carry load
 * @param itKw           nameplate IT capacity it adds
 * @param cumulativeItKw IT capacity once it is online
 */
public record Phase(int index, double decisionMonth, double onlineMonth, double itKw, double cumulativeItKw) {

    public int decisionYear() {
        return (int) Math.floor(decisionMonth / PhasingDefaults.MONTHS_PER_YEAR);
    }
}
