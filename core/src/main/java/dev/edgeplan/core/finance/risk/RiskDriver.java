package dev.edgeplan.core.finance.risk;

import java.util.Objects;

/**
 * One uncertain input of the finance model, seen as a multiplier on its base value (1.0 = base case).
 *
 * @param id           stable key, e.g. {@code power_price}
 * @param label        human-readable name for the report
 * @param lowChange    tornado low side as a relative change, e.g. −0.20 for −20 % (multiplier 0.8)
 * @param highChange   tornado high side as a relative change, e.g. +0.20 (multiplier 1.2)
 * @param distribution the multiplier's distribution for the Monte Carlo
 */
public record RiskDriver(String id, String label, double lowChange, double highChange, Distribution distribution) {

    public RiskDriver {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("risk driver id must not be blank");
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(distribution, "distribution");
        if (!Double.isFinite(lowChange) || !Double.isFinite(highChange) || lowChange < -1.0 || lowChange > highChange) {
            throw new IllegalArgumentException("risk driver " + id + ": need finite −1 ≤ lowChange ≤ highChange (got "
                    + lowChange + ", " + highChange + ")");
        }
    }

    /** A driver swung by ±{@code change} in the tornado, e.g. 0.2 for ±20 %. */
    public static RiskDriver symmetric(String id, String label, double change, Distribution distribution) {
        return new RiskDriver(id, label, -change, change, distribution);
    }

    public double lowMultiplier() {
        return 1.0 + lowChange;
    }

    public double highMultiplier() {
        return 1.0 + highChange;
    }
}
