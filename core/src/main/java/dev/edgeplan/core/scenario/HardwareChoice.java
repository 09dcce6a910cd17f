package dev.edgeplan.core.scenario;

import dev.edgeplan.core.lifecycle.RefreshPolicy;

/**
 * The accelerator and server every site is built with.
 *
 * @param acceleratorId         catalog id of the accelerator
 * @param serverId              catalog id of the server that carries it
 * @param targetUtilizationPct  highest sustained share of benchmark throughput planned for (headroom for bursts)
 * @param softwareEfficiencyPct share of the vendor-tuned benchmark throughput a production stack reaches
 * @param refreshTrigger        when a newer generation replaces the installed one
 * @param refreshMinGainPct     least perf-per-watt gain that triggers a refresh ({@code perf_per_watt_gain})
 * @param startYear             calendar year of plan year 0: which generations exist when
 */
public record HardwareChoice(String acceleratorId, String serverId, double targetUtilizationPct,
                             double softwareEfficiencyPct, RefreshPolicy.Trigger refreshTrigger,
                             double refreshMinGainPct, int startYear) {

    /** With the default refresh rules. */
    public HardwareChoice(String acceleratorId, String serverId, double targetUtilizationPct,
                          double softwareEfficiencyPct) {
        this(acceleratorId, serverId, targetUtilizationPct, softwareEfficiencyPct, RefreshPolicy.Trigger.EVERY_N_YEARS,
                ScenarioDefaults.REFRESH_MIN_GAIN_PCT, ScenarioDefaults.START_YEAR);
    }
}
