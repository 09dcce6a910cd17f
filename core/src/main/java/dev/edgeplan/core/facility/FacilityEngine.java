package dev.edgeplan.core.facility;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.DesignPolicy;
import dev.edgeplan.core.scenario.Redundancy;

/**
 * First-order facility design: servers → racks within the kW-per-rack limit → cooling by density →
 * PUE per cooling type → UPS and generators at the chosen redundancy. The facility-engineering issue
 * replaces the PUE table with a climate model and adds availability, space, water and network.
 */
public final class FacilityEngine {

    private FacilityEngine() {
    }

    public static FacilityDesign design(String siteId, int servers, ServerModel server, DesignPolicy policy,
                                        Catalog catalog) {
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
        CoolingType cooling = coolingFor(kwPerRack, server, policy);
        double pue = catalog.cooling(cooling).pue();
        double itKw = servers * server.nameplateKw();
        double itKwExpected = servers * server.loadedKw();
        double facilityKw = itKw * pue;
        PowerChain chain = powerChain(itKw, facilityKw, policy.redundancy());
        return new FacilityDesign(servers, servers * server.acceleratorsPerServer(), serversPerRack, racks, kwPerRack,
                cooling, pue, itKw, itKwExpected, facilityKw, itKwExpected * pue, chain);
    }

    /** kW per rack allowed: the policy limit, capped by a fixed cooling technology's own limit. */
    static double rackLimitKw(DesignPolicy policy, ServerModel server, Catalog catalog) {
        double limit = policy.maxKwPerRack();
        if (policy.cooling().fixed().isPresent()) {
            CoolingType fixed = policy.cooling().fixed().get();
            limit = Math.min(limit, switch (fixed) {
                case AIR -> policy.airMaxKwPerRack();
                case AIR_CONTAINMENT -> policy.containmentMaxKwPerRack();
                case DIRECT_TO_CHIP -> catalog.cooling(CoolingType.DIRECT_TO_CHIP).maxKwPerRack();
            });
            if (server.liquidCooled() && !fixed.isLiquid()) {
                throw new InfeasibleException("design.cooling", String.format(
                        "server %s is liquid-cooled but design.cooling is '%s'; use direct_to_chip or auto",
                        server.id(), fixed.key()));
            }
        }
        return limit;
    }

    static CoolingType coolingFor(double kwPerRack, ServerModel server, DesignPolicy policy) {
        if (policy.cooling().fixed().isPresent()) {
            return policy.cooling().fixed().get();
        }
        if (server.liquidCooled() || kwPerRack > policy.containmentMaxKwPerRack()) {
            return CoolingType.DIRECT_TO_CHIP;
        }
        return kwPerRack > policy.airMaxKwPerRack() ? CoolingType.AIR_CONTAINMENT : CoolingType.AIR;
    }

    public static PowerChain powerChain(double itKw, double facilityKw, Redundancy redundancy) {
        double upsModuleKw = unitSize(itKw, FacilityDefaults.UPS_MODULE_LADDER_KW);
        int upsNeeded = unitsNeeded(itKw, upsModuleKw);
        double generatorLoadKw = facilityKw * FacilityDefaults.GENERATOR_MOTOR_START_MARGIN;
        double generatorKw = unitSize(generatorLoadKw, FacilityDefaults.GENERATOR_LADDER_KW);
        int generatorsNeeded = unitsNeeded(generatorLoadKw, generatorKw);
        return new PowerChain(redundancy, itKw, upsModuleKw, upsNeeded, redundancy.installedUnits(upsNeeded),
                generatorLoadKw, generatorKw, generatorsNeeded, redundancy.installedUnits(generatorsNeeded),
                facilityKw * FacilityDefaults.UTILITY_CONTINUOUS_LOAD_FACTOR);
    }

    /** Smallest ladder rating that carries the load in at most MAX_UNITS_PER_PATH units (else the largest). */
    static double unitSize(double loadKw, double[] ladderKw) {
        for (double size : ladderKw) {
            if (unitsNeeded(loadKw, size) <= FacilityDefaults.MAX_UNITS_PER_PATH) {
                return size;
            }
        }
        return ladderKw[ladderKw.length - 1];
    }

    static int unitsNeeded(double loadKw, double unitKw) {
        return loadKw <= 0 ? 0 : (int) Math.ceil(loadKw / unitKw - 1e-9);
    }
}
