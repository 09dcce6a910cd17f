package dev.edgeplan.core.finance;

import dev.edgeplan.core.finance.risk.Distribution;
import dev.edgeplan.core.finance.risk.MonteCarlo;
import dev.edgeplan.core.finance.risk.ProgressListener;
import dev.edgeplan.core.finance.risk.RiskDriver;
import dev.edgeplan.core.finance.risk.RiskSummary;
import dev.edgeplan.core.finance.risk.Sampling;
import dev.edgeplan.core.finance.risk.Tornado;
import dev.edgeplan.core.finance.risk.TornadoResult;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Sensitivity and Monte Carlo over the plan's total NPV: every draw moves the same {@link Drivers} at every
 * site (a market-wide price or a supply-chain delay hits all sites at once), re-runs phasing and the cash flows,
 * and sums the sites' NPVs.
 */
public final class PlanRisk {

    /** Tornado swing of every driver: ±20 % [A], about the year-on-year moves of colocation prices (CBRE 2022–24
     *  +12.6 … +18.6 %) and the 2025 H100 rental cut (AWS −44 %) bracketed. */
    public static final double TORNADO_CHANGE = 0.20;

    public static final int DEFAULT_DRAWS = 10_000;

    private PlanRisk() {
    }

    /**
     * Default ranges, each an assumption [A] stated in docs/finance.md: demand growth ½×–1½× of the plan's; prices
     * −20 … +20 %; power −15 … +30 % (EIA 2023 state industrial prices span 6.6–18.6 ¢/kWh); IT price −20 … +20 %;
     * construction −5 … +20 % (Turner &amp; Townsend 2025 inflation 5.5 %, a UPS costing 15 % more on delivery,
     * Cushman &amp; Wakefield 2025); lead times 1–2× (equipment lead times up to 110 weeks, Cushman &amp; Wakefield 2025).
     */
    public static List<RiskDriver> defaultDrivers() {
        return List.of(
                RiskDriver.symmetric(Drivers.NAMES[0], "demand growth", TORNADO_CHANGE, new Distribution.Triangular(0.5, 1.0, 1.5)),
                RiskDriver.symmetric(Drivers.NAMES[1], "selling price", TORNADO_CHANGE, new Distribution.Triangular(0.8, 1.0, 1.2)),
                RiskDriver.symmetric(Drivers.NAMES[2], "power cost", TORNADO_CHANGE, new Distribution.Triangular(0.85, 1.0, 1.3)),
                RiskDriver.symmetric(Drivers.NAMES[3], "IT (GPU server) price", TORNADO_CHANGE, new Distribution.Triangular(0.8, 1.0, 1.2)),
                RiskDriver.symmetric(Drivers.NAMES[4], "construction cost", TORNADO_CHANGE, new Distribution.Triangular(0.95, 1.0, 1.2)),
                RiskDriver.symmetric(Drivers.NAMES[5], "build time (delays)", TORNADO_CHANGE, new Distribution.Triangular(1.0, 1.0, 2.0)));
    }

    /**
     * Total NPV of the sites given one multiplier per driver of {@code drivers} (matched to {@link Drivers} by
     * id; drivers not listed stay at 1).
     */
    public static ToDoubleFunction<double[]> npvModel(List<SiteEconomics> sites, List<RiskDriver> drivers) {
        int[] slot = new int[drivers.size()];
        for (int i = 0; i < slot.length; i++) {
            slot[i] = java.util.Arrays.asList(Drivers.NAMES).indexOf(drivers.get(i).id());
            if (slot[i] < 0) {
                throw new IllegalArgumentException("unknown risk driver '" + drivers.get(i).id() + "'; known: "
                        + String.join(", ", Drivers.NAMES));
            }
        }
        return multipliers -> {
            double[] all = new double[Drivers.NAMES.length];
            java.util.Arrays.fill(all, 1.0);
            for (int i = 0; i < slot.length; i++) {
                all[slot[i]] = multipliers[i];
            }
            Drivers d = Drivers.of(all);
            double total = 0.0;
            for (SiteEconomics site : sites) {
                total += SiteFinanceModel.npvUsd(site, d);
            }
            return total;
        };
    }

    public static TornadoResult tornado(List<SiteEconomics> sites, List<RiskDriver> drivers) {
        return Tornado.run(drivers, npvModel(sites, drivers));
    }

    public static RiskSummary monteCarlo(List<SiteEconomics> sites, List<RiskDriver> drivers, int draws, long seed,
                                         ProgressListener progress) {
        return MonteCarlo.run(drivers, draws, seed, npvModel(sites, drivers), Sampling.LATIN_HYPERCUBE, progress);
    }
}
