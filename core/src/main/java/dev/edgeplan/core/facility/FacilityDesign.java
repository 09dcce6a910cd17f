package dev.edgeplan.core.facility;

import dev.edgeplan.core.scenario.CoolingType;

/**
 * Rack, cooling and power figures of one site, designed for its design-year load.
 *
 * @param serversPerRack     servers in a full rack, limited by kW per rack and by rack units
 * @param kwPerRack          nameplate kW of a full rack (the design density cooling is chosen for)
 * @param itKw               nameplate IT load: what power and cooling are designed for
 * @param itKwExpected       measured-at-full-load IT draw (server load fraction × nameplate)
 * @param pue                annual PUE at the expected load (from the site's climate when known)
 * @param facilityKw         itKw × design-day peak PUE: what feed, generators and transformers are sized for
 * @param facilityKwExpected itKwExpected × annual PUE
 * @param detail             climate energy, electrical plant, room, equipment list and availability
 */
public record FacilityDesign(int servers, int accelerators, int serversPerRack, int racks, double kwPerRack,
                             CoolingType cooling, double pue, double itKw, double itKwExpected, double facilityKw,
                             double facilityKwExpected, PowerChain powerChain,
                             FacilityDetail detail) {
}
