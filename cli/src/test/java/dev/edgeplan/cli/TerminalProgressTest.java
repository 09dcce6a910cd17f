package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalProgressTest {

    private final StringWriter text = new StringWriter();
    private final AtomicLong clockNanos = new AtomicLong();
    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(text, true), clockNanos::get);

    @Test
    void aShortStageShowsItsLineAndNoBar() {
        progress.stage("siting", 1, 5);
        clockNanos.addAndGet(TerminalProgress.BAR_AFTER_NANOS / 2);
        progress.step(1, 2);
        progress.step(2, 2);
        assertThat(text.toString()).isEqualTo("[2/5] siting" + System.lineSeparator());
    }

    @Test
    void aLongStageRedrawsOneBarInPlaceAndEndsItsLine() {
        progress.stage("risk", 4, 5);
        clockNanos.addAndGet(TerminalProgress.BAR_AFTER_NANOS);
        progress.step(2_500, 10_000);
        progress.step(2_501, 10_000);
        progress.step(10_000, 10_000);
        String nl = System.lineSeparator();
        assertThat(text.toString()).isEqualTo("[5/5] risk" + nl
                + "\r[5/5] risk [#######·······················]  25 % (2,500/10,000)"
                + "\r[5/5] risk [##############################] 100 % (10,000/10,000)" + nl);
    }

    @Test
    void theNextStageStartsOnAFreshLineAfterAnUnfinishedBar() {
        progress.stage("capacity and facility", 2, 5);
        clockNanos.addAndGet(2 * TerminalProgress.BAR_AFTER_NANOS);
        progress.step(3, 23);
        progress.stage("phasing and finance", 3, 5);
        assertThat(text.toString()).endsWith("(3/23)" + System.lineSeparator() + "[4/5] phasing and finance"
                + System.lineSeparator());
    }
}
