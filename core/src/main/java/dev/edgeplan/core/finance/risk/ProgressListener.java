package dev.edgeplan.core.finance.risk;

/** Told how far a Monte Carlo run has come; called on the running thread, about a hundred times a run. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (drawsDone, drawsTotal) -> { };

    void onProgress(int drawsDone, int drawsTotal);
}
