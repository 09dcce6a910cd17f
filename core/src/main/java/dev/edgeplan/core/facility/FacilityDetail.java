package dev.edgeplan.core.facility;

import dev.edgeplan.core.facility.availability.SiteAvailability;
import dev.edgeplan.core.facility.cooling.HeatRejectionOption;
import dev.edgeplan.core.facility.cooling.PlantRejection;
import dev.edgeplan.core.facility.cooling.PueResult;
import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.facility.power.PowerEquipment;
import dev.edgeplan.core.facility.power.TransformerBank;
import dev.edgeplan.core.facility.space.RoomLayout;

import java.util.List;

/**
 * Facility engineering of one site beyond the first-order design.
 *
 * @param ashraeClass       ASHRAE TC 9.9 class the cooling design runs in
 * @param rejection         heat rejection of the liquid loop and the room-air plant
 * @param designPeakPue     PUE on the cooling design day at nameplate IT (sizes feed and generators)
 * @param energy            annual / monthly PUE, TUE, energy and water at the expected IT load
 * @param equipment         power and cooling equipment list (kind, count, rating, unit)
 * @param transformers      energized MV/LV transformers whose part-load losses are in the PUE (none without climate)
 * @param heatRejectionOptions with climate: the whole plant on dry coolers, adiabatic dry coolers or towers (empty otherwise)
 */
public record FacilityDetail(String ashraeClass, PlantRejection rejection, double designPeakPue, PueResult energy,
                             RoomLayout room, PowerEquipment electrical, List<EquipmentItem> equipment,
                             SiteAvailability availability, List<RedundancyOption> redundancyOptions,
                             List<HeatRejectionOption> heatRejectionOptions, TransformerBank transformers) {

    public FacilityDetail {
        heatRejectionOptions = List.copyOf(heatRejectionOptions);
        equipment = List.copyOf(equipment);
        redundancyOptions = List.copyOf(redundancyOptions);
    }
}
