package dev.edgeplan.core.scenario;

/**
 * The accelerator and server every site is built with.
 *
 * @param acceleratorId         catalog id of the accelerator
 * @param serverId              catalog id of the server that carries it
 * @param targetUtilizationPct  highest sustained share of benchmark throughput planned for (headroom for bursts)
 * @param softwareEfficiencyPct share of the vendor-tuned benchmark throughput a production stack reaches
 */
public record HardwareChoice(String acceleratorId, String serverId, double targetUtilizationPct,
                             double softwareEfficiencyPct) {
}
