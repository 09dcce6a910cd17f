package dev.edgeplan.core.catalog;

import dev.edgeplan.core.scenario.CoolingType;

/**
 * Defaults of one cooling technology.
 *
 * @param maxKwPerRack highest rack density it can remove
 * @param pue          annualized PUE at edge scale in a temperate climate (first-order default)
 */
public record CoolingProfile(CoolingType type, double maxKwPerRack, double pue, String source) {
}
