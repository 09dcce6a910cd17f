package dev.edgeplan.core;

/**
 * A scenario that asks for more than a configured size limit (demand points, candidate sites, the latency matrix
 * between them). Not infeasible — the limit can be raised — so the command line reports it as invalid input naming
 * the {@code --limit} key.
 */
public final class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String limitKey;

    public LimitExceededException(String limitKey, String message) {
        super(message);
        this.limitKey = limitKey;
    }

    public String limitKey() {
        return limitKey;
    }
}
