package dev.edgeplan.core.finance;

/**
 * Multipliers on a site's economics, 1.0 = the scenario as given; what sensitivity and Monte Carlo vary.
 *
 * @param demandGrowth  multiplies the compound annual growth of the site's demand
 * @param price         multiplies every selling price
 * @param powerCost     multiplies the energy price
 * @param itPrice       multiplies the IT equipment (GPU server) price
 * @param constructionCost multiplies construction capex
 * @param buildTime     multiplies every lead time (delays)
 */
public record Drivers(double demandGrowth, double price, double powerCost, double itPrice, double constructionCost,
                      double buildTime) {

    public static final Drivers BASE = new Drivers(1, 1, 1, 1, 1, 1);

    /** Names in the order of {@link #of(double[])}. */
    public static final String[] NAMES = {"demand_growth", "price", "power_cost", "it_price", "construction_cost",
            "build_time"};

    public static Drivers of(double[] m) {
        if (m.length != NAMES.length) {
            throw new IllegalArgumentException("expected " + NAMES.length + " driver multipliers, got " + m.length);
        }
        return new Drivers(m[0], m[1], m[2], m[3], m[4], m[5]);
    }
}
