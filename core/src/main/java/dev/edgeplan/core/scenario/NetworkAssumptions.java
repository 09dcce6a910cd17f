package dev.edgeplan.core.scenario;

/**
 * Latency model constants (defaults and sources in {@code dev.edgeplan.core.network.LatencyDefaults}).
 *
 * @param fiberKmPerMs one-way propagation speed in fibre, km per ms
 * @param routeFactor  fibre route km ÷ great-circle km
 * @param coreFixedMs  fixed round-trip overhead of routers and peering, ms
 */
public record NetworkAssumptions(double fiberKmPerMs, double routeFactor, double coreFixedMs) {
}
