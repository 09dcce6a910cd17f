package dev.edgeplan.web.store;

/** An update named a revision that is no longer the latest: somebody else saved in between. */
public final class RevisionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int currentRevision;

    public RevisionConflictException(int expectedRevision, int currentRevision) {
        super("the scenario is at revision " + currentRevision + ", not " + expectedRevision
                + ": it was saved by somebody else meanwhile; reload it and apply your change again");
        this.currentRevision = currentRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }
}
