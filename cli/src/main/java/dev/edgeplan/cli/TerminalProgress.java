package dev.edgeplan.cli;

import dev.edgeplan.core.plan.PlanProgress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Planner progress for a person at a terminal, on stderr: one line per stage ({@code [2/5] siting}) and, for a stage
 * still running after {@link #BAR_AFTER_NANOS}, a bar redrawn in place with carriage returns
 * ({@code [5/5] risk [##########··········] 50 %}). Only used when a console is attached, so pipes, CI logs and
 * {@code --json} consumers never see it.
 */
final class TerminalProgress implements PlanProgress {

    /** Stages shorter than about a second print their line only: a bar that flashes by tells nothing. */
    static final long BAR_AFTER_NANOS = 1_000_000_000L;
    static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private String stageLine = "";
    private long stageStartNanos;
    private int lastPercent = -1;
    private boolean barShown;

    TerminalProgress(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
    }

    /** A progress display when stderr is a terminal, else none. */
    static PlanProgress forConsole(PrintWriter err) {
        return System.console() == null ? PlanProgress.NONE : new TerminalProgress(err, System::nanoTime);
    }

    @Override
    public void stage(String stage, int index, int total) {
        endBar();
        stageLine = String.format(Locale.ROOT, "[%d/%d] %s", index + 1, total, stage);
        stageStartNanos = nanoClock.getAsLong();
        lastPercent = -1;
        err.println(stageLine);
        err.flush();
    }

    @Override
    public void step(long done, long total) {
        if (total <= 0 || nanoClock.getAsLong() - stageStartNanos < BAR_AFTER_NANOS) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        err.print("\r" + bar(stageLine, done, total));
        barShown = true;
        if (done >= total) {
            endBar();
        }
        err.flush();
    }

    /** Ends the bar's line so that what follows starts on a fresh one. */
    void endBar() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }

    static String bar(String label, long done, long total) {
        int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        return String.format(Locale.ROOT, "%s [%s%s] %3d %% (%,d/%,d)", label, "#".repeat(filled),
                "·".repeat(BAR_WIDTH - filled), Math.min(100, done * 100 / total), done, total);
    }
}
