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
 */
public record PowerChain(Redundancy redundancy, double upsLoadKw, double upsModuleKw, int upsModulesNeeded,
                         int upsModulesInstalled, double generatorLoadKw, double generatorUnitKw, int generatorsNeeded,
                         int generatorsInstalled, double utilityFeedKw) {

    public double upsInstalledKw() {
        return upsModuleKw * upsModulesInstalled;
    }

    public double generatorInstalledKw() {
        return generatorUnitKw * generatorsInstalled;
    }
}
