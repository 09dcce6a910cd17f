package dev.edgeplan.core.scenario;

/** Which round-trip estimate a latency check uses: the expected (median) one or the conservative p90 one. */
public enum LatencyPercentile {
    MEDIAN("median"),
    P90("p90");

    private final String key;

    LatencyPercentile(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
