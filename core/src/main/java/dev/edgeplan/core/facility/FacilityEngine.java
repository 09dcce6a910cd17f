package dev.edgeplan.core.facility;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.facility.availability.SiteAvailability;
import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.cooling.ClimatePue;
import dev.edgeplan.core.facility.cooling.CoolingEquipment;
import dev.edgeplan.core.facility.cooling.CoolingPlantDefaults;
import dev.edgeplan.core.facility.cooling.HeatRejectionOption;
import dev.edgeplan.core.facility.cooling.PlantRejection;
import dev.edgeplan.core.facility.cooling.PueResult;
import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.facility.power.Ladder;
import dev.edgeplan.core.facility.power.PowerEquipment;
import dev.edgeplan.core.facility.power.PowerSizing;
import dev.edgeplan.core.facility.power.TransformerBank;
import dev.edgeplan.core.facility.space.RoomLayout;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.DesignPolicy;
import dev.edgeplan.core.scenario.Distributed;
import dev.edgeplan.core.scenario.HeatRejection;
import dev.edgeplan.core.scenario.Redundancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Facility design of one site: servers → racks within the kW-per-rack limit → cooling by density → PUE from
 * the site's climate (cooling.csv PUE when no normals are known) → UPS, generators, feed, transformers at the
 * chosen redundancy (sized from the design-day peak) → availability, room and equipment list.
 */
public final class FacilityEngine {

    /** Transformer sizing passes (design-day PUE ↔ transformer losses); the bank settles in two or three. */
    static final int MAX_SIZING_PASSES = 4;

    private FacilityEngine() {
    }

    public static FacilityDesign design(String siteId, int servers, ServerModel server, DesignPolicy policy,
                                        Catalog catalog) {
        return design(siteId, servers, server, policy, catalog, Optional.empty());
    }

    public static FacilityDesign design(String siteId, int servers, ServerModel server, DesignPolicy policy,
                                        Catalog catalog, Optional<MonthlyClimate> climate) {
        double rackLimitKw = rackLimitKw(policy, server, catalog);
        int byPower = (int) Math.floor(rackLimitKw / server.nameplateKw() + 1e-9);
        // A rack-scale system (NVL72) is its own rack: one per rack, whatever its height.
        int bySpace = server.rackScale() ? 1
                : (FacilityDefaults.RACK_HEIGHT_U - FacilityDefaults.RACK_RESERVED_U) / server.rackUnits();
        int serversPerRack = Math.min(byPower, bySpace);
        if (serversPerRack < 1) {
            throw new InfeasibleException("design.max_kw_per_rack", String.format(
                    "site '%s': one %s server draws %.1f kW nameplate, above the rack limit of %.1f kW "
                            + "(design.max_kw_per_rack, capped by the cooling choice '%s'); raise the limit or choose another cooling",
                    siteId, server.id(), server.nameplateKw(), rackLimitKw, policy.cooling().key()));
        }
        int racks = servers == 0 ? 0 : (servers + serversPerRack - 1) / serversPerRack;
        double kwPerRack = serversPerRack * server.nameplateKw();
        CoolingType cooling = coolingFor(kwPerRack, server, policy, catalog);
        double itKw = servers * server.nameplateKw();
        double itKwExpected = servers * server.loadedKw();
        Redundancy redundancy = policy.redundancy();
        FacilityDetail detail = detail(cooling, PlantRejection.of(policy.heatRejection()), racks, kwPerRack, itKw,
                itKwExpected, redundancy, policy.distributed(), climate, catalog.cooling(cooling).pue());
        double facilityKw = itKw * detail.designPeakPue();
        double pue = detail.energy().annualPue();
        return new FacilityDesign(servers, servers * server.acceleratorsPerServer(), serversPerRack, racks, kwPerRack,
                cooling, pue, itKw, itKwExpected, facilityKw, itKwExpected * pue,
                powerChain(itKw, facilityKw, redundancy, policy.distributed()), detail);
    }

    /**
     * Engineering detail of a design: climate PUE at the expected load and design-day PUE at nameplate, electrical
     * plant, room, availability and the redundancy comparison. {@code catalogPue} is used when there is no climate.
     */
    public static FacilityDetail detail(CoolingType cooling, int racks, double kwPerRack, double itKw, double itKwExpected,
                                        Redundancy redundancy, Optional<MonthlyClimate> climate, double catalogPue) {
        return detail(cooling, PlantRejection.AUTO, racks, kwPerRack, itKw, itKwExpected, redundancy,
                Distributed.FOUR_MAKE_THREE, climate, catalogPue);
    }

    /** @param blocks block geometry when {@code redundancy} is distributed */
    public static FacilityDetail detail(CoolingType cooling, PlantRejection rejection, int racks, double kwPerRack,
                                        double itKw, double itKwExpected, Redundancy redundancy, Distributed blocks,
                                        Optional<MonthlyClimate> climate, double catalogPue) {
        RoomLayout room = RoomLayout.of(racks, cooling);
        double upsInstalledKw = powerChain(itKw, itKw, redundancy, blocks).upsInstalledKw();
        // The transformers are sized from the design-day facility load, whose PUE includes their own losses: start
        // without them and re-size until the bank no longer changes (a rung up at most, so two or three passes).
        TransformerBank bank = TransformerBank.NONE;
        double designPeakPue = catalogPue;
        PowerChain chain = null;
        PowerEquipment electrical = null;
        for (int pass = 0; pass < MAX_SIZING_PASSES; pass++) {
            TransformerBank current = bank;
            designPeakPue = climate.map(c -> ClimatePue.evaluate(cooling, rejection, itKw, upsInstalledKw, current,
                    room.lightingKw(), c).peakPue()).orElse(catalogPue);
            chain = powerChain(itKw, itKw * designPeakPue, redundancy, blocks);
            electrical = PowerSizing.size(chain, redundancy, itKw * designPeakPue, racks, kwPerRack);
            TransformerBank sized = new TransformerBank(electrical.transformers(), electrical.transformerKva());
            if (sized.equals(bank) || climate.isEmpty()) {
                break;
            }
            bank = sized;
        }
        TransformerBank transformers = bank;
        double facilityKw = itKw * designPeakPue;
        PueResult energy = climate
                .map(c -> ClimatePue.evaluate(cooling, rejection, itKwExpected, upsInstalledKw, transformers,
                        room.lightingKw(), c))
                .orElseGet(() -> PueResult.flat(catalogPue, ClimatePue.itue(cooling), itKwExpected));
        List<EquipmentItem> equipment = new ArrayList<>(electrical.equipment());
        double heatKw = ClimatePue.electricalLoad(itKw, upsInstalledKw, room.lightingKw()).heatKw();
        equipment.addAll(CoolingEquipment.items(cooling, rejection, itKw, heatKw));
        equipment.addAll(SiteSystems.items(electrical, room, cooling, chain.generatorsInstalled()));
        return new FacilityDetail(CoolingPlantDefaults.ashraeClass(cooling), rejection,
                designPeakPue, energy, room, electrical, equipment, availability(chain),
                redundancyOptions(itKw, facilityKw, blocks),
                climate.map(c -> heatRejectionOptions(cooling, itKwExpected, upsInstalledKw, transformers,
                        room.lightingKw(), c)).orElse(List.of()), transformers);
    }

    /** The whole plant on dry coolers, adiabatic dry coolers and towers: PUE against water. */
    static List<HeatRejectionOption> heatRejectionOptions(CoolingType cooling, double itKw, double upsInstalledKw,
                                                         TransformerBank transformers, double lightingKw,
                                                         MonthlyClimate climate) {
        List<HeatRejectionOption> options = new ArrayList<>();
        for (HeatRejection r : HeatRejection.values()) {
            PueResult p = ClimatePue.evaluate(cooling, PlantRejection.all(r), itKw, upsInstalledKw, transformers,
                    lightingKw, climate);
            options.add(new HeatRejectionOption(r, p.annualPue(), p.peakPue(), p.wueLPerKwh()));
        }
        return options;
    }

    /** Energy per year at each year's expected IT load with the plant built for the design year. */
    public static List<FacilityYear> years(FacilityDesign design, Optional<MonthlyClimate> climate, double[] itKwExpectedByYear) {
        List<FacilityYear> years = new ArrayList<>();
        double upsInstalledKw = design.powerChain().upsInstalledKw();
        double lightingKw = design.detail().room().lightingKw();
        for (int y = 0; y < itKwExpectedByYear.length; y++) {
            double itKw = itKwExpectedByYear[y];
            PueResult r = climate.isPresent() && itKw > 0
                    ? ClimatePue.evaluate(design.cooling(), design.detail().rejection(), itKw, upsInstalledKw,
                            design.detail().transformers(), lightingKw, climate.get())
                    : PueResult.flat(design.pue(), ClimatePue.itue(design.cooling()), itKw);
            years.add(new FacilityYear(y, itKw, r.annualPue(), r.facilityMwhPerYear(), r.waterM3PerYear()));
        }
        return years;
    }

    static SiteAvailability availability(PowerChain chain) {
        return SiteAvailability.of(chain);
    }

    public static List<RedundancyOption> redundancyOptions(double itKw, double facilityKw) {
        return redundancyOptions(itKw, facilityKw, Distributed.FOUR_MAKE_THREE);
    }

    /**
     * Every redundancy level for the same loads: what N, N+1, 2N, 2(N+1) and distributed ({@code blocks}) buy in
     * availability and cost in kW installed.
     */
    public static List<RedundancyOption> redundancyOptions(double itKw, double facilityKw, Distributed blocks) {
        PowerChain reference = powerChain(itKw, facilityKw, Redundancy.N_PLUS_1);
        double referenceKw = reference.upsInstalledKw() + reference.generatorInstalledKw();
        List<RedundancyOption> options = new ArrayList<>();
        for (Redundancy r : Redundancy.values()) {
            PowerChain chain = powerChain(itKw, facilityKw, r, blocks);
            SiteAvailability a = availability(chain);
            double installed = chain.upsInstalledKw() + chain.generatorInstalledKw();
            options.add(new RedundancyOption(r, a.availability(), a.downtimeMinPerYear(), chain.upsInstalledKw(),
                    chain.generatorInstalledKw(), referenceKw > 0 ? installed / referenceKw : 1.0, a.tierLike().key(),
                    chain.label()));
        }
        return options;
    }

    /** kW per rack allowed: the policy limit, capped by a fixed cooling technology's own limit. */
    static double rackLimitKw(DesignPolicy policy, ServerModel server, Catalog catalog) {
        double limit = policy.maxKwPerRack();
        if (policy.cooling().fixed().isPresent()) {
            CoolingType fixed = policy.cooling().fixed().get();
            limit = Math.min(limit, switch (fixed) {
                case AIR -> policy.airMaxKwPerRack();
                case AIR_CONTAINMENT -> policy.containmentMaxKwPerRack();
                case DIRECT_TO_CHIP, IMMERSION -> catalog.cooling(fixed).maxKwPerRack();
            });
            if (server.liquidCooled() && fixed != CoolingType.DIRECT_TO_CHIP) {
                throw new InfeasibleException("design.cooling", String.format(
                        "server %s is built for cold plates but design.cooling is '%s'; use direct_to_chip or auto",
                        server.id(), fixed.key()));
            }
        }
        return limit;
    }

    /**
     * Auto: air, air with containment, direct-to-chip by density; servers built for cold plates stay direct-to-chip;
     * racks above the cold-plate limit of cooling.csv (140 kW) go into immersion tanks.
     */
    static CoolingType coolingFor(double kwPerRack, ServerModel server, DesignPolicy policy, Catalog catalog) {
        if (policy.cooling().fixed().isPresent()) {
            return policy.cooling().fixed().get();
        }
        if (server.liquidCooled()) {
            return CoolingType.DIRECT_TO_CHIP;
        }
        if (kwPerRack > catalog.cooling(CoolingType.DIRECT_TO_CHIP).maxKwPerRack()) {
            return CoolingType.IMMERSION;
        }
        if (kwPerRack > policy.containmentMaxKwPerRack()) {
            return CoolingType.DIRECT_TO_CHIP;
        }
        return kwPerRack > policy.airMaxKwPerRack() ? CoolingType.AIR_CONTAINMENT : CoolingType.AIR;
    }

    public static PowerChain powerChain(double itKw, double facilityKw, Redundancy redundancy) {
        return powerChain(itKw, facilityKw, redundancy, Distributed.FOUR_MAKE_THREE);
    }

    /**
     * UPS and generators at a redundancy. N … 2(N+1): modules from the ladder carrying the IT in ≤ 3 modules, gensets
     * carrying facility × 1.25 in ≤ 3 units, installed per {@link Redundancy#installedUnits}. Distributed: each of the
     * n blocks carries 1/k of the IT and of the generator load with its own modules and gensets (same ladders), so
     * installed capacity is n/k of the load rounded up by the ladders.
     */
    public static PowerChain powerChain(double itKw, double facilityKw, Redundancy redundancy, Distributed blocks) {
        if (redundancy == Redundancy.DISTRIBUTED) {
            return distributedChain(itKw, facilityKw, blocks);
        }
        double upsModuleKw = Ladder.unitSize(itKw, FacilityDefaults.UPS_MODULE_LADDER_KW);
        int upsNeeded = Ladder.unitsNeeded(itKw, upsModuleKw);
        double generatorLoadKw = facilityKw * FacilityDefaults.GENERATOR_MOTOR_START_MARGIN;
        double generatorKw = Ladder.unitSize(generatorLoadKw, FacilityDefaults.GENERATOR_LADDER_KW);
        int generatorsNeeded = Ladder.unitsNeeded(generatorLoadKw, generatorKw);
        return new PowerChain(redundancy, itKw, upsModuleKw, upsNeeded, redundancy.installedUnits(upsNeeded),
                generatorLoadKw, generatorKw, generatorsNeeded, redundancy.installedUnits(generatorsNeeded),
                facilityKw * FacilityDefaults.UTILITY_CONTINUOUS_LOAD_FACTOR);
    }

    static PowerChain distributedChain(double itKw, double facilityKw, Distributed blocks) {
        double blockItKw = itKw / blocks.needed();
        double upsModuleKw = Ladder.unitSize(blockItKw, FacilityDefaults.UPS_MODULE_LADDER_KW);
        int upsPerBlock = Ladder.unitsNeeded(blockItKw, upsModuleKw);
        double generatorLoadKw = facilityKw * FacilityDefaults.GENERATOR_MOTOR_START_MARGIN;
        double blockGeneratorKw = generatorLoadKw / blocks.needed();
        double generatorKw = Ladder.unitSize(blockGeneratorKw, FacilityDefaults.GENERATOR_LADDER_KW);
        int generatorsPerBlock = Ladder.unitsNeeded(blockGeneratorKw, generatorKw);
        return new PowerChain(Redundancy.DISTRIBUTED, itKw, upsModuleKw, blocks.needed() * upsPerBlock,
                blocks.systems() * upsPerBlock, generatorLoadKw, generatorKw, blocks.needed() * generatorsPerBlock,
                blocks.systems() * generatorsPerBlock, facilityKw * FacilityDefaults.UTILITY_CONTINUOUS_LOAD_FACTOR,
                blocks.systems(), blocks.needed());
    }
}
