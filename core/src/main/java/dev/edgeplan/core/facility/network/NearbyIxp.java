package dev.edgeplan.core.facility.network;

/** An exchange near a site: great-circle distance and modelled round trip over fibre. */
public record NearbyIxp(String name, String city, String country, double distanceKm, double rttMs) {
}
