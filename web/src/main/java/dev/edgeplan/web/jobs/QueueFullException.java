package dev.edgeplan.web.jobs;

/** Every worker is busy and the queue is full: the client should retry later (HTTP 503 with Retry-After). */
public final class QueueFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueueFullException(int workers, int queue) {
        super("all " + workers + " plan workers are busy and " + queue + " runs are already queued; retry in a minute");
    }
}
