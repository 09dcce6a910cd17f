package dev.edgeplan.core.facility;

import dev.edgeplan.core.facility.availability.SiteAvailability;
import dev.edgeplan.core.facility.cooling.PueResult;
import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.facility.power.PowerEquipment;
import dev.edgeplan.core.facility.space.RoomLayout;

import java.util.List;

/**
 * Facility engineering of one site beyond the first-order design.
 *
 * @param ashraeClass       ASHRAE TC 9.9 class the cooling design runs in
 * @param heatRejection     heat rejection of the cooling design
 * @param designPeakPue     PUE on the cooling design day at nameplate IT (sizes feed and generators)
 * @param energy            annual / monthly PUE, TUE, energy and water at the expected IT load
 * @param equipment         power and cooling equipment list (kind, count, rating, unit)
 */
public record FacilityDetail(String ashraeClass, String heatRejection, double designPeakPue, PueResult energy,
                             RoomLayout room, PowerEquipment electrical, List<EquipmentItem> equipment,
                             SiteAvailability availability, List<RedundancyOption> redundancyOptions) {

    public FacilityDetail {
        equipment = List.copyOf(equipment);
        redundancyOptions = List.copyOf(redundancyOptions);
    }
}
