package dev.edgeplan.core.commissioning;

import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.cooling.CoolingPlantDefaults;
import dev.edgeplan.core.facility.cooling.Machines;
import dev.edgeplan.core.facility.network.SiteNetwork;
import dev.edgeplan.core.facility.power.EquipmentItem;

import java.util.ArrayList;
import java.util.List;

import static dev.edgeplan.core.commissioning.Acceptance.atLeast;
import static dev.edgeplan.core.commissioning.Acceptance.atMost;

/**
 * Level 1–4 tests of each equipment kind, with procedure outlines and acceptance criteria taken from the design
 * (ratings, battery minutes, fuel hours, supply temperatures, network traffic) and the standards that set them.
 * Crew hours per unit are edgeplan assumptions [R]. A kind this library does not know still gets receipt,
 * start-up and a functional test at its rating, so every designed item is tested.
 */
final class TestLibrary {

    /** Water density, kg per litre, to turn the loop's mass flow into litres. */
    static final double WATER_KG_PER_L = 1.0;

    private TestLibrary() {
    }

    static List<CxTest> tests(EquipmentItem item, FacilityDesign design, SiteNetwork network) {
        Tests t = new Tests(item);
        double r = item.rating();
        String u = item.unit();
        Acceptance rated = atLeast(metric(u), r, u, "design: " + item.kind() + " rating");
        switch (item.kind()) {
            case "generator" -> {
                t.add(CxLevel.L1, Discipline.ELECTRICAL, "factory_load", "Factory load test", 4, List.of(
                        "Run at 25, 50, 75 and 100 % of rated kW on the factory load bank",
                        "Record voltage and frequency recovery after each load step (ISO 8528-5)"), rated);
                t.receipt(Discipline.ELECTRICAL, rated);
                t.add(CxLevel.L3, Discipline.ELECTRICAL, "startup", "Pre-start checks and first start", 6, List.of(
                        "Check fluids, battery charger, block heater and fuel supply",
                        "First start; prove shutdowns on overspeed, low oil pressure and high coolant temperature",
                        "Verify phase rotation before connecting to the bus"), rated);
                t.add(CxLevel.L4, Discipline.ELECTRICAL, "nfpa110_acceptance", "NFPA 110 acceptance test", 4, List.of(
                        "Simulate utility failure at the transfer switch; time failure to rated voltage and frequency",
                        "Run 2 h at 100 % of nameplate on the load bank; log kW, V, Hz, coolant and oil temperature "
                                + "every 15 min"),
                        atMost("start_to_load_s", CommissioningDefaults.NFPA110_TYPE_S, "s", "NFPA 110 Type 10"),
                        atLeast("full_load_run_h", CommissioningDefaults.NFPA110_ACCEPTANCE_H, "h",
                                "NFPA 110 acceptance test"), rated);
            }
            case "ups_module" -> {
                t.add(CxLevel.L1, Discipline.ELECTRICAL, "factory_load", "Factory load and transfer test", 4, List.of(
                        "Load to 100 % rated kW; transfer to battery, to static bypass and back"), rated);
                t.receipt(Discipline.ELECTRICAL, rated);
                t.add(CxLevel.L3, Discipline.ELECTRICAL, "startup", "Start-up", 4, List.of(
                        "Verify torque and insulation resistance of terminations",
                        "Energize rectifier and inverter; settings and firmware per the basis of design"), rated);
                t.add(CxLevel.L4, Discipline.ELECTRICAL, "transfer", "Transfer without load drop", 3, List.of(
                        "At 100 % module load bank, open the input breaker: the module carries the load on battery",
                        "Restore input; transfer to static bypass and back"),
                        atMost("output_interruption_ms", CommissioningDefaults.UPS_OUTPUT_INTERRUPTION_MS, "ms",
                                "IEC 62040-3 class 1 (online UPS)"), rated);
            }
            case "ups_battery_string" -> {
                double minutes = design.detail().electrical().batteryMinutes();
                t.receipt(Discipline.ELECTRICAL, rated);
                t.add(CxLevel.L3, Discipline.ELECTRICAL, "install", "Installation check", 2, List.of(
                        "Torque inter-cell connections; measure cell voltages and internal resistance"), rated);
                t.add(CxLevel.L4, Discipline.ELECTRICAL, "discharge", "Full-load discharge", minutes / 60.0 + 1.0, List.of(
                        "Discharge at the module's full load to end voltage; record the runtime"),
                        atLeast("runtime_min", minutes, "min", "design: battery minutes at full load"));
            }
            case "utility_service" -> {
                t.add(CxLevel.L3, Discipline.ELECTRICAL, "energize", "Utility energization", 4, List.of(
                        "Witness the utility's energization of the service and revenue metering"), rated);
                t.add(CxLevel.L4, Discipline.ELECTRICAL, "protection", "Service protection", 2, List.of(
                        "Verify protective relaying and main breaker coordination with the utility's settings"), rated);
            }
            case "mv_lv_transformer" -> {
                t.add(CxLevel.L1, Discipline.ELECTRICAL, "routine_tests", "Factory routine tests", 4, List.of(
                        "Ratio, winding resistance, no-load and load losses, impedance (IEEE C57.12.90)"), rated);
                t.receipt(Discipline.ELECTRICAL, rated);
                t.add(CxLevel.L3, Discipline.ELECTRICAL, "neta", "NETA acceptance tests", 4, List.of(
                        "Insulation resistance, turns ratio and winding resistance (ANSI/NETA ATS)"), rated);
                t.add(CxLevel.L4, Discipline.ELECTRICAL, "energize", "Energize under load", 2, List.of(
                        "Energize; verify secondary voltage and tap setting under load"), rated);
            }
            case "lv_switchboard" -> {
                t.add(CxLevel.L1, Discipline.ELECTRICAL, "factory", "Factory functional test", 4, List.of(
                        "Operate every breaker and interlock; dielectric test"), rated);
                t.receipt(Discipline.ELECTRICAL, rated);
                t.add(CxLevel.L3, Discipline.ELECTRICAL, "neta", "NETA acceptance tests", 8, List.of(
                        "Primary or secondary injection of each breaker, torque, insulation resistance (ANSI/NETA ATS)"),
                        rated);
                t.add(CxLevel.L4, Discipline.ELECTRICAL, "protection", "Protection and interlocks", 4, List.of(
                        "Trip settings per the coordination study; key interlocks and control wiring"), rated);
            }
            case "ats" -> {
                t.add(CxLevel.L1, Discipline.ELECTRICAL, "factory", "Factory transfer test", 2, List.of(
                        "Transfer and retransfer with time delays per the sequence of operation"), rated);
                t.receipt(Discipline.ELECTRICAL, rated);
                t.add(CxLevel.L3, Discipline.ELECTRICAL, "install", "Installation check", 2, List.of(
                        "Torque, insulation resistance, control wiring to the generator and utility breakers"), rated);
                t.add(CxLevel.L4, Discipline.ELECTRICAL, "transfer", "Transfer under load", 2, List.of(
                        "Transfer utility to generator and back under load; verify time delays and in-phase monitor"),
                        atMost("transfer_time_s", CommissioningDefaults.NFPA110_TYPE_S, "s", "NFPA 110 Type 10"));
            }
            case "fuel_storage" -> {
                double hours = design.detail().electrical().fuelHours();
                t.receipt(Discipline.MECHANICAL, rated);
                t.add(CxLevel.L3, Discipline.MECHANICAL, "fill", "Tightness test and fill", 4, List.of(
                        "Tightness test; fill; verify level gauges and interstitial leak detection"), rated);
                t.add(CxLevel.L4, Discipline.MECHANICAL, "transfer", "Fuel transfer and alarms", 2, List.of(
                        "Lead/lag transfer pumps, day-tank levels and alarms"),
                        rated, atLeast("runtime_at_peak_h", hours, "h", "design: fuel hours at peak facility load"));
            }
            case "floor_pdu" -> {
                t.receipt(Discipline.ELECTRICAL, rated);
                t.add(CxLevel.L3, Discipline.ELECTRICAL, "install", "Installation check", 2, List.of(
                        "Torque, insulation resistance, breaker schedule against the drawings"), rated);
                t.add(CxLevel.L4, Discipline.ELECTRICAL, "load", "Load test", 1, List.of(
                        "Load to rating on the hall load bank; verify branch metering"), rated);
            }
            case "rack_pdu" -> {
                t.receipt(Discipline.ELECTRICAL, 0.1, rated);
                t.add(CxLevel.L3, Discipline.ELECTRICAL, "install", "Feed check", 0.25, List.of(
                        "Verify the rack's A and B cords land on different paths; outlet polarity"), rated);
                t.add(CxLevel.L4, Discipline.ELECTRICAL, "failover", "A/B feed failover", 0.25, List.of(
                        "At rack load, open the A feed: the B cord carries the rack; then the reverse"),
                        rated, atLeast("rack_load_kw", design.kwPerRack(), "kW", "design: kW per rack"));
            }
            case "crah", "inrow_cooler" -> {
                t.receipt(Discipline.MECHANICAL, rated);
                t.add(CxLevel.L3, Discipline.MECHANICAL, "startup", "Start-up and balance", 3, List.of(
                        "Fans, valves and sensors; airflow balance"), rated);
                t.add(CxLevel.L4, Discipline.MECHANICAL, "capacity", "Capacity at design heat", 2, List.of(
                        "At the unit's design heat on the hall load bank, hold supply air in the recommended range"),
                        rated, atLeast("supply_air_c", CommissioningDefaults.ASHRAE_RECOMMENDED_MIN_C, "°C",
                                "ASHRAE TC 9.9 recommended range"),
                        atMost("supply_air_c", CommissioningDefaults.ASHRAE_RECOMMENDED_MAX_C, "°C",
                                "ASHRAE TC 9.9 recommended range"));
            }
            case "chiller" -> {
                t.add(CxLevel.L1, Discipline.MECHANICAL, "performance", "Factory performance test", 8, List.of(
                        "Capacity and efficiency at rated conditions (AHRI 550/590)"), rated);
                t.receipt(Discipline.MECHANICAL, rated);
                t.add(CxLevel.L3, Discipline.MECHANICAL, "startup", "OEM start-up", 8, List.of(
                        "Refrigerant charge, oil, controls; first start by the manufacturer"), rated);
                t.add(CxLevel.L4, Discipline.MECHANICAL, "capacity", "Capacity and economizer changeover", 6, List.of(
                        "Capacity at design load; changeover between chiller and economizer modes"), rated);
            }
            case "cooling_tower_cell", "dry_cooler", "adiabatic_dry_cooler" -> {
                t.receipt(Discipline.MECHANICAL, rated);
                t.add(CxLevel.L3, Discipline.MECHANICAL, "startup", "Start-up", item.kind().equals("dry_cooler") ? 3 : 4,
                        List.of("Fill and water treatment where wet; fan rotation and vibration"), rated);
                t.add(CxLevel.L4, Discipline.MECHANICAL, "capacity", "Heat rejection at design conditions", 3, List.of(
                        "Reject the unit's rated heat; verify staging and freeze protection"), rated);
            }
            case "cdu" -> {
                double deltaK = CoolingPlantDefaults.liquidLoop(design.cooling()).waterDeltaTK();
                double flowLPerMin = Machines.waterFlowKgPerS(r, deltaK) / WATER_KG_PER_L * 60.0;
                t.add(CxLevel.L1, Discipline.MECHANICAL, "factory", "Factory flow and changeover test", 4, List.of(
                        "Flow and pressure at rating; pump changeover"), rated);
                t.receipt(Discipline.MECHANICAL, rated);
                t.add(CxLevel.L3, Discipline.MECHANICAL, "flush_fill", "Flush, fill and leak check", 8, List.of(
                        "Flush the secondary loop until conductivity and particle counts meet the cold-plate "
                                + "or tank maker's limits; fill; leak check every connection"), rated);
                t.add(CxLevel.L4, Discipline.MECHANICAL, "pump_failover", "Pump failover on a liquid load bank", 4, List.of(
                        "At rated heat on a liquid load bank, fail the running pump: the standby pump takes over",
                        "Log supply temperature and flow through the changeover"),
                        rated, atLeast("flow_l_per_min", flowLPerMin, "L/min",
                                "design: rating ÷ (c_p × " + deltaK + " K ΔT)"),
                        atMost("supply_temp_c", CoolingPlantDefaults.liquidLoop(design.cooling()).supplyWaterC(), "°C",
                                "design: " + design.detail().ashraeClass() + " liquid loop supply"));
            }
            case "fire_detection_suppression" -> {
                t.add(CxLevel.L3, Discipline.CONTROLS, "devices", "Device test", 8, List.of(
                        "Test every detector and manual station (NFPA 72)"), rated);
                t.add(CxLevel.L4, Discipline.CONTROLS, "cause_effect", "Cause and effect", 8, List.of(
                        "Alarm, HVAC shutdown and suppression release sequence without discharge"), rated);
            }
            case "leak_detection" -> {
                t.add(CxLevel.L3, Discipline.CONTROLS, "zones", "Zone test", 2, List.of(
                        "Wet each sensing-cable zone; verify the zone reported"), rated);
                t.add(CxLevel.L4, Discipline.CONTROLS, "isolation", "Alarm and isolation", 2, List.of(
                        "Leak alarm reaches the BMS and isolates the affected CDU loop"), rated);
            }
            case "bms_epms" -> {
                t.add(CxLevel.L3, Discipline.CONTROLS, "points", "Point-to-point", 16, List.of(
                        "Verify every monitored point against the points list"), rated);
                t.add(CxLevel.L4, Discipline.CONTROLS, "sequences", "Alarms and sequences", 16, List.of(
                        "Alarms, trends and sequences of operation end to end"), rated);
            }
            case "fibre_path" -> {
                t.add(CxLevel.L3, Discipline.NETWORK, "otdr", "Fibre certification", 2, List.of(
                        "OTDR trace and insertion loss of each fibre of the path"), rated);
                t.add(CxLevel.L4, Discipline.NETWORK, "throughput", "Throughput at design traffic", 2, List.of(
                        "Carry the design traffic on this path's uplinks alone"),
                        rated, atLeast("throughput_gbps", network.designGbps(), "Gbps",
                                "design: peak traffic × headroom (each path alone carries it)"));
            }
            default -> {
                t.receipt(Discipline.INTEGRATED, rated);
                t.add(CxLevel.L3, Discipline.INTEGRATED, "startup", "Installation check and start-up", 4, List.of(
                        "Installation per the submittal; first start"), rated);
                t.add(CxLevel.L4, Discipline.INTEGRATED, "functional", "Functional test at rating", 4, List.of(
                        "Operate in every mode at rating"), rated);
            }
        }
        return t.tests;
    }

    private static String metric(String unit) {
        return switch (unit) {
            case "kW" -> "capacity_kw";
            case "kVA" -> "rating_kva";
            case "kWh" -> "energy_kwh";
            case "A" -> "rating_a";
            case "L" -> "usable_fuel_l";
            case "Gbps" -> "path_capacity_gbps";
            case "m2" -> "area_covered_m2";
            default -> "rating_" + unit.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        };
    }

    /** Accumulates one kind's tests. */
    private static final class Tests {
        private final EquipmentItem item;
        private final List<CxTest> tests = new ArrayList<>();

        Tests(EquipmentItem item) {
            this.item = item;
        }

        void add(CxLevel level, Discipline discipline, String step, String title, double hoursPerUnit,
                 List<String> procedure, Acceptance... acceptance) {
            tests.add(new CxTest(level.name() + "." + item.kind() + "." + step, level, discipline, item.kind(),
                    item.count(), item.rating(), item.unit(), title, procedure, List.of(acceptance), hoursPerUnit));
        }

        void receipt(Discipline discipline, Acceptance rated) {
            receipt(discipline, 1.0, rated);
        }

        void receipt(Discipline discipline, double hoursPerUnit, Acceptance rated) {
            add(CxLevel.L2, discipline, "receipt", "Receipt inspection", hoursPerUnit, List.of(
                    "Inspect for shipping damage; nameplate and accessories against the approved submittal"), rated);
        }
    }
}
