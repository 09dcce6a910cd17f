package dev.edgeplan.core.facility;

import dev.edgeplan.core.scenario.Redundancy;

/**
 * What one redundancy level buys and costs for the same site: availability of power to the IT and the installed
 * UPS and generator capacity, relative to N+1 (the power-chain cost driver the finance engine scales capex by).
 */
public record RedundancyOption(Redundancy redundancy, double availability, double downtimeMinPerYear,
                               double upsInstalledKw, double generatorInstalledKw, double installedKwVsNPlus1,
                               String tierLike, String label) {
}
