package dev.edgeplan.core.facility.network;

import java.util.List;

/**
 * Network of one site.
 *
 * @param peakGbps       user traffic at the design-year peak (requests and responses)
 * @param designGbps     peak × headroom
 * @param uplinkPortGbps port speed of one uplink
 * @param linksPerPath   uplinks on each fibre path (each path alone carries the design traffic)
 * @param diversePaths   physically diverse fibre routes into the building
 */
public record SiteNetwork(double peakGbps, double designGbps, double uplinkPortGbps, int linksPerPath, int diversePaths,
                          List<NearbyIxp> nearestIxps) {

    public SiteNetwork {
        nearestIxps = List.copyOf(nearestIxps);
    }
}
