package dev.edgeplan.core.finance.risk;

import dev.edgeplan.core.finance.metrics.CashFlowMetrics;

import java.util.List;

/**
 * A five-year site in round numbers, cheap enough for 40,000 draws in a test; docs/finance.md quotes its Monte Carlo
 * convergence. Capex 100 at time 0; years 1–5 earn 50 and pay 15 of power, both growing with demand at 10 % a year;
 * operations start half a year late in the base case. Discounted at 8 %.
 */
public final class ToySiteModel {

    public static final double CAPEX_USD = 100;
    public static final double REVENUE_USD_PER_YEAR = 50;
    public static final double POWER_USD_PER_YEAR = 15;
    public static final double DEMAND_GROWTH_PER_YEAR = 0.10;
    public static final double DELAY_YEARS = 0.5;
    public static final int YEARS = 5;
    /** The example rate. */
    public static final double RATE = 0.08;

    public static final List<RiskDriver> DRIVERS = List.of(
            new RiskDriver("demand_growth", "Demand growth", -0.3, 0.3, new Distribution.Triangular(0.5, 1.0, 1.3)),
            RiskDriver.symmetric("price", "Price", 0.2, new Distribution.LogNormal(1.0, 0.1)),
            RiskDriver.symmetric("power_price", "Power price", 0.2, new Distribution.Normal(1.0, 0.1, 0.7, 1.4)),
            RiskDriver.symmetric("gpu_price", "GPU price", 0.2, new Distribution.Triangular(0.9, 1.0, 1.35)),
            new RiskDriver("delay", "Delay", -1.0, 1.0, new Distribution.Triangular(0.0, 1.0, 3.0)));

    private ToySiteModel() {
    }

    /** Multipliers in the order of {@link #DRIVERS}. */
    public static double npvUsd(double[] m) {
        double[] flows = new double[YEARS + 1];
        flows[0] = -CAPEX_USD * m[3];
        double growth = 1.0 + DEMAND_GROWTH_PER_YEAR * m[0];
        double delayFactor = Math.pow(1.0 + RATE, -DELAY_YEARS * m[4]);
        for (int t = 1; t <= YEARS; t++) {
            double demand = Math.pow(growth, t - 1);
            flows[t] = (REVENUE_USD_PER_YEAR * m[1] - POWER_USD_PER_YEAR * m[2]) * demand * delayFactor;
        }
        return CashFlowMetrics.npvUsd(flows, RATE);
    }
}
