package dev.edgeplan.core.facility.network;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * An internet exchange point (city coordinates, not the exchange's buildings).
 *
 * @param networks  connected networks as published by the operator, if known
 * @param peakTbps  peak traffic as published, if known
 */
public record Ixp(String name, String city, String country, double lat, double lon, OptionalInt networks,
                  OptionalDouble peakTbps, String source) {
}
