package dev.edgeplan.core.facility.power;

import dev.edgeplan.core.facility.FacilityDefaults;
import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.scenario.Redundancy;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes the electrical plant from the peak facility load: utility service, MV/LV transformers and LV
 * switchboards per path at the topology's redundancy, UPS batteries, generator fuel, floor and rack PDUs.
 */
public final class PowerSizing {

    private PowerSizing() {
    }

    /**
     * @param facilityPeakKw facility load on the design day (IT × peak PUE)
     * @param kwPerRack      design density of a full rack
     */
    public static PowerEquipment size(PowerChain chain, Redundancy topology, double facilityPeakKw, int racks,
                                      double kwPerRack) {
        double feedKva = facilityPeakKw * FacilityDefaults.UTILITY_CONTINUOUS_LOAD_FACTOR / PowerDefaults.POWER_FACTOR;
        // Each path carries the whole facility load (one path in N / N+1, either path in 2N); a distributed block
        // carries 1/k of it, with no spare transformer inside the block.
        boolean blocks = topology == Redundancy.DISTRIBUTED;
        int share = blocks ? chain.systemsNeeded() : 1;
        double pathKva = facilityPeakKw / PowerDefaults.POWER_FACTOR / share;
        double transformerKva = Ladder.unitSize(pathKva, PowerDefaults.TRANSFORMER_LADDER_KVA);
        int transformersNeeded = Ladder.unitsNeeded(pathKva, transformerKva);
        int transformers = blocks ? chain.systems() * transformersNeeded : topology.installedUnits(transformersNeeded);
        double switchboardAmps = Ladder.atLeast(FeedCapacity.threePhaseAmps(transformerKva, PowerDefaults.LV_VOLTS)
                * FacilityDefaults.UTILITY_CONTINUOUS_LOAD_FACTOR, PowerDefaults.SWITCHBOARD_LADDER_A);
        double batteryKwh = chain.upsModuleKw() * chain.upsModulesInstalled() * PowerDefaults.BATTERY_MINUTES / 60.0
                / PowerDefaults.INVERTER_EFFICIENCY;
        double fuelLitres = facilityPeakKw * PowerDefaults.FUEL_HOURS * PowerDefaults.DIESEL_L_PER_KWH;
        // Each path's PDUs carry the whole IT load (the other path may be down); a block's PDUs 1/k of it.
        double pduLoadKva = chain.upsLoadKw() / PowerDefaults.POWER_FACTOR / share;
        double pduKva = Ladder.unitSize(pduLoadKva, PowerDefaults.FLOOR_PDU_LADDER_KVA);
        int pdusPerPath = Ladder.unitsNeeded(pduLoadKva, pduKva);
        double rackAmps = rackFeedAmps(kwPerRack);
        List<EquipmentItem> items = new ArrayList<>();
        items.add(new EquipmentItem("utility_service", feedKva > 0 ? 1 : 0, feedKva, "kVA"));
        items.add(new EquipmentItem("mv_lv_transformer", transformers, transformerKva, "kVA"));
        items.add(new EquipmentItem("lv_switchboard", transformers, switchboardAmps, "A"));
        items.add(new EquipmentItem("generator", chain.generatorsInstalled(), chain.generatorUnitKw(), "kW"));
        items.add(new EquipmentItem("fuel_storage", fuelLitres > 0 ? 1 : 0, fuelLitres, "L"));
        items.add(new EquipmentItem("ups_module", chain.upsModulesInstalled(), chain.upsModuleKw(), "kW"));
        items.add(new EquipmentItem("ups_battery_string", chain.upsModulesInstalled(),
                chain.upsModulesInstalled() > 0 ? batteryKwh / chain.upsModulesInstalled() : 0.0, "kWh"));
        items.add(new EquipmentItem("floor_pdu", pdusPerPath * chain.systems(), pduKva, "kVA"));
        items.add(new EquipmentItem("rack_pdu", 2 * racks, rackAmps, "A"));
        return new PowerEquipment(feedKva, transformers, transformerKva, transformers, switchboardAmps,
                PowerDefaults.BATTERY_MINUTES, batteryKwh, PowerDefaults.FUEL_HOURS, fuelLitres, rackAmps, items);
    }

    /** Smallest 415 V three-phase cord whose NetBox capacity (80 % utilisation, PF 1) carries the rack alone (A/B). */
    static double rackFeedAmps(double kwPerRack) {
        for (double amps : PowerDefaults.RACK_PDU_LADDER_A) {
            if (FeedCapacity.availableVa(PowerDefaults.RACK_VOLTS, amps, true, FeedCapacity.DEFAULT_MAX_UTILIZATION_PCT)
                    >= kwPerRack * 1000.0 - 1e-6) {
                return amps;
            }
        }
        return PowerDefaults.RACK_PDU_LADDER_A[PowerDefaults.RACK_PDU_LADDER_A.length - 1];
    }
}
