package dev.edgeplan.core.finance.capex;

import java.util.Map;

/**
 * Construction cost of one site by subsystem, USD.
 *
 * @param subsystemUsd   hard cost of each subsystem (multipliers applied)
 * @param hardUsd        sum of the subsystems
 * @param softUsd        soft costs
 * @param contingencyUsd owner contingency
 * @param landUsd        land
 * @param perBlockUsdPerKw hard + soft + contingency of the subsystems built block by block, per kW of IT
 * @param upfrontUsd     what the first phase carries whatever its size: the other subsystems with their soft
 *                       costs and contingency, and land
 */
public record CapexBreakdown(Map<Subsystem, Double> subsystemUsd, double hardUsd, double softUsd,
                             double contingencyUsd, double landUsd, double perBlockUsdPerKw, double upfrontUsd) {

    public CapexBreakdown {
        subsystemUsd = Map.copyOf(subsystemUsd);
    }

    public double totalUsd() {
        return hardUsd + softUsd + contingencyUsd + landUsd;
    }

    /** Capex of a phase adding {@code itKw}; the first phase also carries {@link #upfrontUsd}. */
    public double phaseUsd(double itKw, boolean firstPhase) {
        return itKw * perBlockUsdPerKw + (firstPhase ? upfrontUsd : 0.0);
    }
}
