package dev.edgeplan.web.store;

/**
 * A plan run as stored.
 *
 * @param progress          0 … 1
 * @param stage             the pipeline stage last started, null before the first
 * @param bindingConstraint for {@link RunStatus#INFEASIBLE}: the scenario field that cannot be met
 * @param summaryJson       the plan's summary object (as {@code edgeplan plan --json} prints it) once succeeded
 * @param startedAtMs       epoch ms, null while queued
 * @param finishedAtMs      epoch ms, null until it ends
 */
public record RunRecord(String id, String scenarioId, int scenarioRevision, RunStatus status, double progress,
                        String stage, String errorMessage, String bindingConstraint, String summaryJson,
                        long createdAtMs, Long startedAtMs, Long finishedAtMs) {

    public RunRecord withProgress(double newProgress, String newStage) {
        return new RunRecord(id, scenarioId, scenarioRevision, status, newProgress, newStage, errorMessage,
                bindingConstraint, summaryJson, createdAtMs, startedAtMs, finishedAtMs);
    }
}
