package dev.edgeplan.web.store;

import java.util.Locale;

/** Where a plan run is: waiting, computing, or one of its ends. */
public enum RunStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED,
    /** The scenario is valid but cannot be satisfied (the CLI's exit 3): the binding constraint is named. */
    INFEASIBLE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }

    public static RunStatus fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
