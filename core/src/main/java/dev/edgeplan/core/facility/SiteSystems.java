package dev.edgeplan.core.facility;

import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.facility.power.PowerEquipment;
import dev.edgeplan.core.facility.space.RoomLayout;
import dev.edgeplan.core.scenario.CoolingType;

import java.util.ArrayList;
import java.util.List;

/**
 * Site systems beside the power and cooling plant that the commissioning plan must prove: transfer switches,
 * fire detection and suppression, leak detection on liquid loops, and the building/electrical monitoring system.
 */
public final class SiteSystems {

    private SiteSystems() {
    }

    public static List<EquipmentItem> items(PowerEquipment electrical, RoomLayout room, CoolingType cooling,
                                            int generators) {
        List<EquipmentItem> items = new ArrayList<>();
        // one automatic transfer switch between utility and generator bus per LV switchboard
        items.add(new EquipmentItem("ats", generators > 0 ? electrical.switchboards() : 0,
                electrical.switchboardAmps(), "A"));
        items.add(new EquipmentItem("fire_detection_suppression", room.racks() > 0 ? 1 : 0, room.grossM2(), "m2"));
        if (cooling.isLiquid()) {
            items.add(new EquipmentItem("leak_detection", room.racks() > 0 ? 1 : 0, room.racks(), "racks"));
        }
        items.add(new EquipmentItem("bms_epms", room.racks() > 0 ? 1 : 0, room.racks(), "racks"));
        return items;
    }
}
