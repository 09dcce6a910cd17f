package dev.edgeplan.core.facility.power;

import java.util.List;

/**
 * Electrical plant of a site beyond UPS and generators, and the full equipment list.
 *
 * @param utilityFeedKva      utility service: peak facility kW × 1.25 (NEC continuous load) ÷ power factor
 * @param batteryKwh          UPS battery energy installed (all strings), for {@code batteryMinutes} at full load
 * @param fuelLitres          diesel for {@code fuelHours} at the peak facility load
 * @param rackFeedAmps        rating of each rack's A and B cord (NetBox capacity at 80 % ≥ rack kW)
 */
public record PowerEquipment(double utilityFeedKva, int transformers, double transformerKva, int switchboards,
                             double switchboardAmps, double batteryMinutes, double batteryKwh, double fuelHours,
                             double fuelLitres, double rackFeedAmps, List<EquipmentItem> equipment) {

    public PowerEquipment {
        equipment = List.copyOf(equipment);
    }

    public double utilityFeedMva() {
        return utilityFeedKva / 1000.0;
    }
}
