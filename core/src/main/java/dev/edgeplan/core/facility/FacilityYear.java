package dev.edgeplan.core.facility;

/**
 * Facility energy in one year of the horizon (a phase of the build-out): the built UPS carries that year's load,
 * so part-load losses show in the PUE of early years.
 */
public record FacilityYear(int year, double itKwExpected, double pue, double facilityMwh, double waterM3) {
}
