package dev.edgeplan.core.scenario;

import dev.edgeplan.core.phasing.PhasingPolicy;

import java.util.List;
import java.util.Objects;

/**
 * A whole planning question, with every default already resolved: who needs inference, where,
 * how fast and growing how, which sites could serve it, with what hardware, design rules and money.
 *
 * @param horizonYears years planned (year 0 = the year the first phase is decided)
 * @param seed         seed for every random draw, so a plan is reproducible
 */
public record Scenario(String name, int horizonYears, long seed, List<Workload> workloads, Demand demand,
                       Sites sites, HardwareChoice hardware, DesignPolicy design, FinanceAssumptions finance,
                       NetworkAssumptions network, PhasingPolicy phasing, RiskAssumptions risk) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        workloads = List.copyOf(workloads);
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(finance, "finance");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(phasing, "phasing");
        Objects.requireNonNull(risk, "risk");
    }
}
