package dev.edgeplan.core.facility;

import dev.edgeplan.core.scenario.CoolingType;

/**
 * Rack, cooling and power figures of one site, designed for its design-year load.
 *
 * @param serversPerRack     servers in a full rack, limited by kW per rack and by rack units
 * @param kwPerRack          nameplate kW of a full rack (the design density cooling is chosen for)
 * @param itKw               nameplate IT load: what power and cooling are designed for
 * @param itKwExpected       measured-at-full-load IT draw (server load fraction × nameplate)
 * @param facilityKw         itKw × PUE
 * @param facilityKwExpected itKwExpected × PUE
 */
public record FacilityDesign(int servers, int accelerators, int serversPerRack, int racks, double kwPerRack,
                             CoolingType cooling, double pue, double itKw, double itKwExpected, double facilityKw,
                             double facilityKwExpected, PowerChain powerChain) {
}
