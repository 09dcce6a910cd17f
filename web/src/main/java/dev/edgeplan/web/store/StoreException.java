package dev.edgeplan.web.store;

/** The database failed (connection lost, disk full, a bug in a statement): an internal error, never bad input. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
