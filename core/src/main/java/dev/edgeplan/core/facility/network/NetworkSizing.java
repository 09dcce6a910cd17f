package dev.edgeplan.core.facility.network;

import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.scenario.LatencyPercentile;
import dev.edgeplan.core.scenario.WorkloadKind;

import java.util.Comparator;
import java.util.List;

/**
 * Uplink sizing from request and response sizes and the peak request rate, diverse paths, nearest exchanges.
 * Byte sizes are edgeplan assumptions [R], documented in docs/facility.md.
 */
public final class NetworkSizing {

    /** ≈ 4 characters (bytes) of English text per token (OpenAI tokenizer rule of thumb) [R]. */
    public static final double BYTES_PER_INPUT_TOKEN = 4.0;
    /** Streamed output: one server-sent event of ≈ 150 bytes JSON per token [R]. */
    public static final double BYTES_PER_STREAMED_TOKEN = 150.0;
    /** HTTP/TLS request and response overhead, bytes [R]. */
    public static final double OVERHEAD_BYTES = 2_000.0;
    /** Non-LLM request payload (an image or audio clip), bytes [R]. */
    public static final double MEDIA_REQUEST_BYTES = 150_000.0;
    /** Links run at ≤ 50 % at peak: bursts and growth (headroom 2×) [R]. */
    public static final double HEADROOM = 2.0;
    public static final double UPLINK_PORT_GBPS = 100.0;
    public static final int NEAREST_IXPS = 3;

    private NetworkSizing() {
    }

    /** Bytes moved per request (request + response). */
    public static double bytesPerRequest(WorkloadKind kind, int inputTokens, int outputTokens) {
        if (kind == WorkloadKind.LLM) {
            return OVERHEAD_BYTES + inputTokens * BYTES_PER_INPUT_TOKEN + outputTokens * BYTES_PER_STREAMED_TOKEN;
        }
        return OVERHEAD_BYTES + MEDIA_REQUEST_BYTES;
    }

    /**
     * @param peakGbps      user traffic at peak
     * @param redundantPaths true for N+1 and above: two diverse fibre paths, each carrying the whole design traffic
     */
    public static SiteNetwork size(double lat, double lon, double peakGbps, boolean redundantPaths, List<Ixp> ixps,
                                   LatencyModel latency) {
        double design = peakGbps * HEADROOM;
        int links = Math.max(1, (int) Math.ceil(design / UPLINK_PORT_GBPS - 1e-9));
        List<NearbyIxp> nearest = ixps.stream()
                .map(x -> {
                    double km = GreatCircle.distanceKm(lat, lon, x.lat(), x.lon());
                    return new NearbyIxp(x.name(), x.city(), x.country(), km,
                            latency.backboneRttMs(km, LatencyPercentile.MEDIAN));
                })
                .sorted(Comparator.comparingDouble(NearbyIxp::distanceKm).thenComparing(NearbyIxp::name))
                .limit(NEAREST_IXPS).toList();
        return new SiteNetwork(peakGbps, design, UPLINK_PORT_GBPS, links, redundantPaths ? 2 : 1, nearest);
    }
}
