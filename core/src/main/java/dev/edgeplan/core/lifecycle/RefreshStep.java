package dev.edgeplan.core.lifecycle;

/**
 * One refresh of a site's accelerators.
 *
 * @param year               plan year (0 = the decision to build)
 * @param calendarYear       the same as a calendar year
 * @param fromAcceleratorId  generation replaced
 * @param acceleratorId      generation installed
 * @param serverId           its server
 * @param perfPerWattGainPct IT kW the year's load needs on the old generation ÷ on the new, minus 1, in percent
 * @param servers            servers the year's load needs on the new generation
 * @param itKw               their nameplate IT kW
 * @param kwPerRack          nameplate kW of a full rack of the new servers
 * @param needsLiquid        the new server needs direct-to-chip liquid cooling the facility was not built with
 * @param exceedsRackLimit   one new server alone exceeds the design's kW per rack
 * @param exceedsDesignItKw  the new IT load exceeds the IT capacity the facility was designed for
 */
public record RefreshStep(int year, int calendarYear, String fromAcceleratorId, String acceleratorId, String serverId,
                          double perfPerWattGainPct, int servers, double itKw, double kwPerRack, boolean needsLiquid,
                          boolean exceedsRackLimit, boolean exceedsDesignItKw) {

    /** True when the building, as designed, can take the refresh. */
    public boolean fitsDesign() {
        return !needsLiquid && !exceedsRackLimit && !exceedsDesignItKw;
    }
}
