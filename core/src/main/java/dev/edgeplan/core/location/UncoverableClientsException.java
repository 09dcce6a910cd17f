package dev.edgeplan.core.location;

import java.util.Arrays;

/** Some clients have fewer than the required number of facilities within the radius: no cover exists. */
public final class UncoverableClientsException extends RuntimeException {

    /** How many client indices the message lists before "…". */
    private static final int LISTED = 10;

    private final int[] clients;

    UncoverableClientsException(int[] clients, int required, double radius) {
        super(clients.length + " client(s) have fewer than " + required + " facilities within " + radius + ": "
                + Arrays.toString(Arrays.copyOf(clients, Math.min(clients.length, LISTED)))
                + (clients.length > LISTED ? " …" : ""));
        this.clients = clients.clone();
    }

    /** Indices of the clients that cannot be covered. */
    public int[] clients() {
        return clients.clone();
    }
}
