package dev.edgeplan.core.network;

import dev.edgeplan.core.scenario.AccessType;

/**
 * A round-trip estimate between two points, with its parts.
 *
 * @param distanceKm     great-circle distance
 * @param fiberKm        one-way fibre route length of the median profile (distance × route factor)
 * @param fiberKmP90     one-way fibre route length of the p90 profile
 * @param processingMs   time spent at the far end (per-site processing), added to both estimates
 * @param rttMs          expected (median) round trip
 * @param rttMsP90       conservative (p90) round trip, never below {@code rttMs}
 */
public record RoundTrip(double distanceKm, AccessType access, double routeFactor, double routeFactorP90,
                        double fiberKm, double fiberKmP90, double propagationRttMs, double propagationRttMsP90,
                        double coreFixedMs, double coreFixedMsP90, double accessRttMs, double accessRttMsP90,
                        double processingMs, double rttMs, double rttMsP90) {
}
