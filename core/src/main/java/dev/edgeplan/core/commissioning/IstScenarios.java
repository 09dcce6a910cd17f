package dev.edgeplan.core.commissioning;

import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.facility.cooling.CoolingPlantDefaults;
import dev.edgeplan.core.facility.network.SiteNetwork;
import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.scenario.Redundancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.edgeplan.core.commissioning.Acceptance.atLeast;
import static dev.edgeplan.core.commissioning.Acceptance.atMost;

/**
 * Integrated systems test failures from the topology: a utility outage; every single UPS module, generator and
 * transformer failure where the topology has spares (N+1, 2(N+1)); each whole path where there are two (2N),
 * each whole block of a distributed k-of-n design;
 * the loss of one unit of each cooling kind (one CDU, one chiller…; cooling is N+1 at every topology) and of one
 * fibre path. Failures the design cannot ride
 * through (N) are listed as exposures with the expected load drop: recorded, not staged.
 */
final class IstScenarios {

    private static final Set<String> POWER_UNIT_KINDS = Set.of("ups_module", "generator", "mv_lv_transformer");
    private static final Set<String> COOLING_UNIT_KINDS = Set.of("crah", "inrow_cooler", "chiller",
            "cooling_tower_cell", "dry_cooler", "adiabatic_dry_cooler");
    private static final Acceptance NO_DROP = atMost("critical_load_interruption_ms",
            CommissioningDefaults.UPS_OUTPUT_INTERRUPTION_MS, "ms", "IST: no critical-load drop");

    private IstScenarios() {
    }

    static List<IstScenario> scenarios(FacilityDesign design, List<EquipmentItem> installed, SiteNetwork network) {
        Redundancy topology = design.powerChain().redundancy();
        double batteryMinutes = design.detail().electrical().batteryMinutes();
        List<IstScenario> out = new ArrayList<>();
        if (count(installed, "generator") > 0) {
            out.add(new IstScenario("utility_outage", "utility_outage", "utility_service",
                    "Open the utility main at full hall load bank",
                    "UPS carries the critical load on battery; generators start, the transfer switches close on the "
                            + "generator bus and cooling restarts; no critical-load drop", false,
                    List.of(atMost("start_to_load_s", CommissioningDefaults.NFPA110_TYPE_S, "s", "NFPA 110 Type 10"),
                            atLeast("battery_bridge_min", batteryMinutes, "min", "design: battery minutes"), NO_DROP),
                    CommissioningDefaults.IST_UTILITY_OUTAGE_H));
        } else {
            out.add(exposure("utility_outage", "utility_service", "Utility outage with no generators",
                    String.format("critical load drops when the %.0f min of battery run out", batteryMinutes)));
        }
        PowerChain chain = design.powerChain();
        boolean blocks = topology == Redundancy.DISTRIBUTED;
        for (int p = 0; chain.systems() > chain.systemsNeeded() && p < chain.systems(); p++) {
            String name = blocks ? "block " + (p + 1) + " of " + chain.systems() : "the whole " + (char) ('A' + p) + " path";
            out.add(new IstScenario(blocks ? "block_" + (p + 1) : "path_" + (char) ('A' + p), "whole_path",
                    "lv_switchboard", "Open " + name + " (transformer, switchboard, UPS, PDUs) at full load",
                    blocks ? "the other " + (chain.systems() - 1) + " blocks carry the whole critical load ("
                            + chain.systemsNeeded() + " needed) through the racks' dual cords"
                            : "the other path carries the whole critical load through the dual-corded racks", false,
                    List.of(NO_DROP), CommissioningDefaults.IST_WHOLE_PATH_H));
        }
        for (EquipmentItem item : installed) {
            if (POWER_UNIT_KINDS.contains(item.kind())) {
                out.addAll(powerUnit(item, topology));
            } else if (COOLING_UNIT_KINDS.contains(item.kind()) || item.kind().equals("cdu")) {
                out.addAll(coolingUnit(item, design));
            } else if (item.kind().equals("fibre_path")) {
                out.addAll(fibrePath(item, network));
            }
        }
        return out;
    }

    private static List<IstScenario> powerUnit(EquipmentItem item, Redundancy topology) {
        List<IstScenario> out = new ArrayList<>();
        String during = item.kind().equals("generator") ? " during a utility outage" : "";
        if (topology.sparesPerPath() > 0) {
            for (int i = 1; i <= item.count(); i++) {
                out.add(new IstScenario(item.kind() + "_" + i, "single_unit", item.kind(),
                        "Fail " + item.kind() + " " + i + " of " + item.count() + during,
                        "the remaining units on its path carry the load", false, List.of(NO_DROP),
                        CommissioningDefaults.IST_SINGLE_UNIT_H));
            }
        } else if (topology == Redundancy.N && item.count() > 0) {
            out.add(exposure(item.kind() + "_any", item.kind(), "Any one " + item.kind() + " fails" + during,
                    "critical load drops: an N topology has no spare " + item.kind()));
        }
        return out;
    }

    /** Cooling is N+1 at every topology: losing one unit of each kind (one CDU, one chiller…) proves it. */
    private static List<IstScenario> coolingUnit(EquipmentItem item, FacilityDesign design) {
        if (item.count() == 0) {
            return List.of();
        }
        boolean liquid = item.kind().equals("cdu");
        Acceptance hold = liquid
                ? atMost("supply_temp_c", CoolingPlantDefaults.liquidLoop(design.cooling()).supplyWaterC(), "°C",
                        "design: liquid loop supply")
                : atMost("supply_air_c", CommissioningDefaults.ASHRAE_RECOMMENDED_MAX_C, "°C",
                        "ASHRAE TC 9.9 recommended range");
        return List.of(new IstScenario(item.kind() + "_one", "single_unit", item.kind(),
                "Fail one " + item.kind() + " of " + item.count() + (liquid ? " (both pumps)" : ""),
                "the remaining units (N+1) hold the supply temperature at full load", false, List.of(hold, NO_DROP),
                CommissioningDefaults.IST_SINGLE_UNIT_H));
    }

    private static List<IstScenario> fibrePath(EquipmentItem item, SiteNetwork network) {
        if (item.count() < 2) {
            return item.count() == 0 ? List.of() : List.of(exposure("fibre_path_any", "fibre_path",
                    "The only fibre path is cut", "the site is isolated from its users until the path is repaired"));
        }
        return List.of(new IstScenario("fibre_path_one", "single_unit", "fibre_path",
                "Cut one fibre path of " + item.count(),
                "traffic moves to the remaining paths, which carry the design traffic", false,
                List.of(atLeast("throughput_gbps", network.designGbps(), "Gbps", "design: peak traffic × headroom")),
                CommissioningDefaults.IST_SINGLE_UNIT_H));
    }

    private static IstScenario exposure(String id, String kind, String failure, String outcome) {
        return new IstScenario(id, "exposure", kind, failure, outcome, true, List.of(), 0.0);
    }

    static int count(List<EquipmentItem> items, String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).mapToInt(EquipmentItem::count).sum();
    }
}
