package dev.edgeplan.core.plan;

/** Told when each pipeline stage starts, so an edge (terminal, web job) can show progress. */
@FunctionalInterface
public interface PlanProgress {

    PlanProgress NONE = (stage, index, total) -> { };

    void stage(String stage, int index, int total);
}
