package dev.edgeplan.web.jobs;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.LimitExceededException;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanLimits;
import dev.edgeplan.core.plan.PlanProgress;
import dev.edgeplan.core.plan.Planner;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.io.plan.PlanJson;
import dev.edgeplan.io.report.HtmlReport;
import dev.edgeplan.io.scenario.Problem;
import dev.edgeplan.io.scenario.ScenarioResult;
import dev.edgeplan.web.store.RunRecord;
import dev.edgeplan.web.store.RunStatus;
import dev.edgeplan.web.store.RunStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Plan runs as background jobs: a fixed pool of workers with a bounded queue (a full queue refuses new runs rather
 * than piling them up), progress from the planner's stages and steps, and cancellation that stops a run at its next
 * progress report. Every status change is written to the {@link RunStore}; progress within a stage lives in memory
 * and is merged into what {@link #get} returns.
 */
public final class PlanJobs implements AutoCloseable {

    /** Written to runs a stopped server could not finish. */
    public static final String SERVER_STOPPED = "server stopped before the run finished; run it again";
    /** Column sizes of runs.error_message and runs.binding_constraint. */
    private static final int ERROR_MAX = 4000;
    private static final int BINDING_MAX = 300;

    private final Catalog catalog;
    private final ScenarioText scenarioText;
    private final RunStore runs;
    private final ArtifactStore artifacts;
    private final LongSupplier clockMs;
    private final int workers;
    private final int queueCapacity;
    private final ThreadPoolExecutor executor;
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    /** What a worker shares with request threads about the run it holds. */
    private static final class Live {
        volatile RunRecord record;
        volatile boolean cancelRequested;
        /** The task waiting in the executor's queue: a cancelled run gives its place back at once. */
        volatile Runnable task;

        Live(RunRecord record) {
            this.record = record;
        }
    }

    /** Thrown inside the planner's progress callback to unwind a cancelled run. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    public PlanJobs(Catalog catalog, ScenarioText scenarioText, RunStore runs, ArtifactStore artifacts, int workers,
                    int queueCapacity, LongSupplier clockMs) {
        this.catalog = catalog;
        this.scenarioText = scenarioText;
        this.runs = runs;
        this.artifacts = artifacts;
        this.clockMs = clockMs;
        this.workers = workers;
        this.queueCapacity = queueCapacity;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> {
                    Thread t = new Thread(r, "edgeplan-plan-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Queues a run of one revision's source.
     *
     * @throws QueueFullException when every worker is busy and the queue is full
     */
    public RunRecord submit(String scenarioId, int revision, String source) {
        RunRecord queued = new RunRecord(UUID.randomUUID().toString(), scenarioId, revision, RunStatus.QUEUED, 0.0, null,
                null, null, null, clockMs.getAsLong(), null, null);
        runs.insert(queued);
        Live state = new Live(queued);
        live.put(queued.id(), state);
        state.task = () -> execute(state, source);
        try {
            executor.execute(state.task);
        } catch (RejectedExecutionException e) {
            live.remove(queued.id());
            runs.delete(queued.id());
            throw new QueueFullException(workers, queueCapacity);
        }
        return queued;
    }

    /** The run, with live progress while it runs. */
    public Optional<RunRecord> get(String runId) {
        Live state = live.get(runId);
        return state != null ? Optional.of(state.record) : runs.get(runId);
    }

    public List<RunRecord> list(Optional<String> scenarioId) {
        return runs.list(scenarioId).stream().map(r -> live.containsKey(r.id()) ? live.get(r.id()).record : r)
                .collect(Collectors.toList());
    }

    /**
     * Asks a queued or running run to stop: a queued one is cancelled at once, a running one at its next progress
     * report. Empty when there is no such run; the run unchanged when it had already finished.
     */
    public Optional<RunRecord> cancel(String runId) {
        Live state = live.get(runId);
        if (state == null) {
            return runs.get(runId);
        }
        state.cancelRequested = true;
        if (state.record.status() == RunStatus.QUEUED) {
            executor.remove(state.task);
            finishIfQueued(state);
        }
        return Optional.of(state.record);
    }

    public int queued() {
        return executor.getQueue().size();
    }

    public int running() {
        return executor.getActiveCount();
    }

    public int workers() {
        return workers;
    }

    private synchronized void finishIfQueued(Live state) {
        if (state.record.status() == RunStatus.QUEUED) {
            finish(state, RunStatus.CANCELLED, "cancelled before it started", null, null);
        }
    }

    private void execute(Live state, String source) {
        synchronized (this) {
            if (state.record.status() != RunStatus.QUEUED) {
                return;
            }
            state.record = new RunRecord(state.record.id(), state.record.scenarioId(), state.record.scenarioRevision(),
                    RunStatus.RUNNING, 0.0, null, null, null, null, state.record.createdAtMs(), clockMs.getAsLong(), null);
        }
        runs.update(state.record);
        try {
            ScenarioResult parsed = scenarioText.read(source);
            if (parsed.scenario().isEmpty()) {
                finish(state, RunStatus.FAILED, "the scenario no longer validates: " + parsed.problems().stream()
                        .map(Problem::format).collect(Collectors.joining("; ")), null, null);
                return;
            }
            Plan plan = Planner.plan(parsed.scenario().get(), catalog, progress(state), PlanLimits.DEFAULTS);
            checkCancelled(state);
            String html = HtmlReport.render(plan);
            for (ArtifactKind kind : ArtifactKind.values()) {
                if (kind.eager()) {
                    artifacts.store(state.record.id(), kind, kind.render(plan, html));
                }
            }
            finish(state, RunStatus.SUCCEEDED, null, null, PlanJson.writeSummary(plan, "runs/" + state.record.id()));
        } catch (Cancelled e) {
            finish(state, RunStatus.CANCELLED, "cancelled while running", null, null);
        } catch (InfeasibleException e) {
            finish(state, RunStatus.INFEASIBLE, e.getMessage(), e.bindingConstraint(), null);
        } catch (LimitExceededException e) {
            finish(state, RunStatus.FAILED, "limit exceeded: " + e.limitKey() + ": " + e.getMessage(), null, null);
        } catch (RuntimeException e) {
            finish(state, RunStatus.FAILED, "internal error: " + e, null, null);
        } catch (OutOfMemoryError e) {
            finish(state, RunStatus.FAILED, "out of memory: the server's heap is too small for this scenario "
                    + "(start it with EDGEPLAN_JAVA_OPTS=-Xmx8g)", null, null);
        }
    }

    private PlanProgress progress(Live state) {
        return new PlanProgress() {
            private int stageIndex;
            private int stageCount = 1;

            @Override
            public void stage(String stage, int index, int total) {
                checkCancelled(state);
                stageIndex = index;
                stageCount = total;
                state.record = state.record.withProgress((double) index / total, stage);
                runs.update(state.record);
            }

            @Override
            public void step(long done, long total) {
                checkCancelled(state);
                double within = total > 0 ? Math.min(1.0, (double) done / total) : 0.0;
                state.record = state.record.withProgress((stageIndex + within) / stageCount, state.record.stage());
            }
        };
    }

    private static void checkCancelled(Live state) {
        if (state.cancelRequested) {
            throw new Cancelled();
        }
    }

    private void finish(Live state, RunStatus status, String error, String binding, String summaryJson) {
        RunRecord r = state.record;
        state.record = new RunRecord(r.id(), r.scenarioId(), r.scenarioRevision(), status,
                status == RunStatus.SUCCEEDED ? 1.0 : r.progress(), r.stage(), cut(error, ERROR_MAX),
                cut(binding, BINDING_MAX), summaryJson,
                r.createdAtMs(), r.startedAtMs(), clockMs.getAsLong());
        try {
            if (!runs.update(state.record)) {
                // the scenario was deleted while this run computed: its files would be orphans
                artifacts.deleteRun(r.id());
            }
        } finally {
            live.remove(r.id());
        }
    }

    /** A message within its column's size; a problem list can be as long as the scenario. */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Stops taking runs, cancels the running ones and waits up to {@code waitMs} for them to record it. */
    public void shutdown(long waitMs) {
        executor.shutdown();
        live.values().forEach(s -> s.cancelRequested = true);
        for (Runnable queuedTask : executor.getQueue().toArray(Runnable[]::new)) {
            executor.remove(queuedTask);
        }
        live.values().stream().filter(s -> s.record.status() == RunStatus.QUEUED).forEach(this::finishIfQueued);
        try {
            executor.awaitTermination(waitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(10_000);
    }
}
