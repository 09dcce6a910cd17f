package dev.edgeplan.core.facility;

import dev.edgeplan.core.scenario.Redundancy;

/**
 * UPS, generators and utility feed of one site.
 *
 * @param upsLoadKw           critical load the UPS carries (IT nameplate), kW
 * @param upsModuleKw         rating of one UPS module, kW
 * @param upsModulesNeeded    modules that carry the load (N)
 * @param upsModulesInstalled modules installed at the redundancy topology
 * @param generatorLoadKw     facility load × motor-start margin, kW
 * @param generatorUnitKw     rating of one genset, kW
 * @param generatorsNeeded    gensets that carry the load (N)
 * @param generatorsInstalled gensets installed
 * @param utilityFeedKw       utility service capacity at 125 % of continuous facility load, kW
 * @param systems             independent power systems: 1 (N, N+1), 2 (2N, 2(N+1)), n blocks (distributed)
 * @param systemsNeeded       systems that must run to carry the load: 1, 1, k
 */
public record PowerChain(Redundancy redundancy, double upsLoadKw, double upsModuleKw, int upsModulesNeeded,
                         int upsModulesInstalled, double generatorLoadKw, double generatorUnitKw, int generatorsNeeded,
                         int generatorsInstalled, double utilityFeedKw, int systems, int systemsNeeded) {

    /** N, N+1, 2N, 2(N+1): one system per path, any one carries the load. */
    public PowerChain(Redundancy redundancy, double upsLoadKw, double upsModuleKw, int upsModulesNeeded,
                      int upsModulesInstalled, double generatorLoadKw, double generatorUnitKw, int generatorsNeeded,
                      int generatorsInstalled, double utilityFeedKw) {
        this(redundancy, upsLoadKw, upsModuleKw, upsModulesNeeded, upsModulesInstalled, generatorLoadKw, generatorUnitKw,
                generatorsNeeded, generatorsInstalled, utilityFeedKw, redundancy.paths(), 1);
    }

    public double upsInstalledKw() {
        return upsModuleKw * upsModulesInstalled;
    }

    public double generatorInstalledKw() {
        return generatorUnitKw * generatorsInstalled;
    }

    /** The redundancy as reported: its key, and for distributed the blocks, e.g. "distributed 4/3". */
    public String label() {
        return redundancy == Redundancy.DISTRIBUTED ? redundancy.key() + " " + systems + "/" + systemsNeeded
                : redundancy.key();
    }

    /** UPS modules in one system of a distributed design (all needed by that block); 0 otherwise. */
    public int upsModulesPerSystem() {
        return redundancy == Redundancy.DISTRIBUTED ? upsModulesInstalled / systems : 0;
    }

    /** Gensets in one block of a distributed design; 0 otherwise. */
    public int generatorsPerSystem() {
        return redundancy == Redundancy.DISTRIBUTED ? generatorsInstalled / systems : 0;
    }
}
