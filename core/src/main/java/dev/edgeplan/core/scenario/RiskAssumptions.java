package dev.edgeplan.core.scenario;

import dev.edgeplan.core.finance.risk.RiskDriver;

import java.util.List;

/**
 * Sensitivity and Monte Carlo settings.
 *
 * @param draws   Monte Carlo draws (0 = no Monte Carlo; the tornado is always computed)
 * @param drivers the uncertain inputs, each with its tornado swing and distribution
 */
public record RiskAssumptions(int draws, List<RiskDriver> drivers) {

    public RiskAssumptions {
        drivers = List.copyOf(drivers);
        if (draws < 0) {
            throw new IllegalArgumentException("draws must be ≥ 0, got " + draws);
        }
    }
}
