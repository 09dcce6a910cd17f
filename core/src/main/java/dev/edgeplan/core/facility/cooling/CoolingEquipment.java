package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.facility.power.Ladder;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.HeatRejection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Cooling units sized N+1 for the design heat (unit ratings are edgeplan assumptions [R]). */
public final class CoolingEquipment {

    /** CRAH / in-row unit sensible capacity, kW [R]. */
    public static final double CRAH_KW = 150.0;
    /** Coolant distribution unit capacity, kW (edge-scale in-row CDUs; Schneider's MCDU-70 is 2,500 kW) [R]. */
    public static final double CDU_KW = 800.0;
    /** Cooling tower cell / dry cooler / chiller module, kW of heat [R]. */
    public static final double HEAT_REJECTION_UNIT_KW = 1_000.0;

    private CoolingEquipment() {
    }

    /** @param heatKw design heat to remove (IT + losses + lighting at full load) */
    public static List<EquipmentItem> items(CoolingType type, PlantRejection rejection, double itKw, double heatKw) {
        List<EquipmentItem> items = new ArrayList<>();
        double liquidKw = type.isLiquid() ? itKw * CoolingPlantDefaults.heatCapture(type) : 0.0;
        double airKw = heatKw - liquidKw;
        if (airKw > 0) {
            items.add(new EquipmentItem(type == CoolingType.AIR ? "crah" : "inrow_cooler", nPlusOne(airKw, CRAH_KW), CRAH_KW, "kW"));
        }
        items.add(new EquipmentItem("chiller", nPlusOne(heatKw, HEAT_REJECTION_UNIT_KW), HEAT_REJECTION_UNIT_KW, "kW"));
        if (type.isLiquid()) {
            items.add(new EquipmentItem("cdu", nPlusOne(liquidKw, CDU_KW), CDU_KW, "kW"));
        }
        Map<HeatRejection, Double> rejectedKw = new EnumMap<>(HeatRejection.class);
        rejectedKw.merge(rejection.roomAir(), airKw, Double::sum);
        rejectedKw.merge(rejection.liquid(), liquidKw, Double::sum);
        rejectedKw.forEach((r, kw) -> {
            if (kw > 0) {
                items.add(new EquipmentItem(unitKind(r), nPlusOne(kw, HEAT_REJECTION_UNIT_KW), HEAT_REJECTION_UNIT_KW, "kW"));
            }
        });
        return items;
    }

    static String unitKind(HeatRejection r) {
        return r == HeatRejection.COOLING_TOWER ? "cooling_tower_cell" : r.key();
    }

    static int nPlusOne(double loadKw, double unitKw) {
        int needed = Ladder.unitsNeeded(loadKw, unitKw);
        return needed == 0 ? 0 : needed + 1;
    }
}
