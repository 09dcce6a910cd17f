package dev.edgeplan.core.commissioning;

import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.facility.network.SiteNetwork;
import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.facility.power.Ladder;
import dev.edgeplan.core.scenario.Redundancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Equipment in place once a site's built IT capacity reaches a given kW, at the unit ratings of the full design
 * (a phased site buys the same UPS modules, generators and CDUs block by block, not smaller ones first):
 * <ul>
 *   <li>site systems (utility service, transformers, switchboards, fuel, transfer switches, fire and leak detection,
 *       monitoring, fibre paths) are built whole with the first phase;</li>
 *   <li>UPS modules, their battery strings and generators: the units the built load needs, at the site's
 *       redundancy topology (distributed: every block takes 1/k of the built load);</li>
 *   <li>floor PDUs per path and cooling units (N+1) in proportion to the built load; two rack PDUs per rack.</li>
 * </ul>
 */
public final class PhaseEquipment {

    static final Set<String> SITE_KINDS = Set.of("utility_service", "mv_lv_transformer", "lv_switchboard",
            "fuel_storage", "ats", "fire_detection_suppression", "leak_detection", "bms_epms", "fibre_path");
    static final Set<String> COOLING_N_PLUS_1_KINDS = Set.of("crah", "inrow_cooler", "chiller", "cooling_tower_cell",
            "cdu", "dry_cooler", "adiabatic_dry_cooler");

    private PhaseEquipment() {
    }

    /** The full design's equipment list plus the site's diverse fibre paths. */
    public static List<EquipmentItem> designed(FacilityDesign design, SiteNetwork network) {
        List<EquipmentItem> items = new ArrayList<>(design.detail().equipment());
        items.add(new EquipmentItem("fibre_path", network.diversePaths(), network.linksPerPath() * network.uplinkPortGbps(),
                "Gbps"));
        return items;
    }

    /** Equipment in place with {@code builtItKw} of the design's IT capacity built. */
    public static List<EquipmentItem> installed(FacilityDesign design, SiteNetwork network, double builtItKw) {
        double share = design.itKw() > 0 ? Math.min(1.0, Math.max(0.0, builtItKw / design.itKw())) : 0.0;
        PowerChain chain = design.powerChain();
        List<EquipmentItem> items = new ArrayList<>();
        for (EquipmentItem item : designed(design, network)) {
            int count = share <= 0 ? 0 : switch (item.kind()) {
                case "ups_module", "ups_battery_string" -> powerUnits(chain, chain.upsLoadKw() * share, chain.upsModuleKw());
                case "generator" -> powerUnits(chain, chain.generatorLoadKw() * share, chain.generatorUnitKw());
                case "floor_pdu" -> chain.systems() * ceil(item.count() / (double) chain.systems() * share);
                case "rack_pdu" -> 2 * ceil(design.racks() * share);
                default -> scaled(item, share);
            };
            items.add(new EquipmentItem(item.kind(), Math.min(count, item.count()), item.rating(), item.unit()));
        }
        return items;
    }

    /** What a phase adds: the units in place after it less those in place before it, kind by kind. */
    public static List<EquipmentItem> added(FacilityDesign design, SiteNetwork network, double builtItKw,
                                            double addedItKw) {
        List<EquipmentItem> before = installed(design, network, builtItKw);
        List<EquipmentItem> after = installed(design, network, builtItKw + addedItKw);
        List<EquipmentItem> added = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            EquipmentItem a = after.get(i);
            int count = Math.max(0, a.count() - before.get(i).count());
            if (count > 0) {
                added.add(new EquipmentItem(a.kind(), count, a.rating(), a.unit()));
            }
        }
        return added;
    }

    /** Units a load needs at the topology: spares per path, or for distributed blocks each block's share of 1/k. */
    static int powerUnits(PowerChain chain, double loadKw, double unitKw) {
        if (chain.redundancy() == Redundancy.DISTRIBUTED) {
            return chain.systems() * Ladder.unitsNeeded(loadKw / chain.systemsNeeded(), unitKw);
        }
        return chain.redundancy().installedUnits(Ladder.unitsNeeded(loadKw, unitKw));
    }

    private static int scaled(EquipmentItem item, double share) {
        if (SITE_KINDS.contains(item.kind())) {
            return item.count();
        }
        if (COOLING_N_PLUS_1_KINDS.contains(item.kind()) && item.count() > 0) {
            return ceil((item.count() - 1) * share) + 1;
        }
        return ceil(item.count() * share);
    }

    private static int ceil(double units) {
        return (int) Math.ceil(units - 1e-9);
    }
}
