package dev.edgeplan.core.plan;

import dev.edgeplan.core.StepListener;

/** Told when each pipeline stage starts and how far a long stage has come, so an edge (terminal, web job) can show progress. */
@FunctionalInterface
public interface PlanProgress extends StepListener {

    PlanProgress NONE = (stage, index, total) -> { };

    void stage(String stage, int index, int total);

    /**
     * Within the stage last started: {@code done} of {@code total} units (latency-matrix rows, sites sized, Monte
     * Carlo draws). Called on the planning thread up to about a hundred times a stage, so it must be cheap.
     */
    @Override
    default void step(long done, long total) {
    }
}
