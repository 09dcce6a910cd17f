package dev.edgeplan.core.scenario;

/** How requests are served: online under latency limits, or offline batches with none (MLPerf Offline). */
public enum Serving {
    ONLINE("online"),
    OFFLINE("offline");

    private final String key;

    Serving(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
