package dev.edgeplan.core.commissioning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CriticalPathTest {

    /**
     * Textbook network, solved by hand: A(3) → B(4) → D(5) → F(3) and A → C(2) → E(2) → F. Longest path A-B-D-F =
     * 15 days; C and E have 15 − 10 = 5 days of float.
     */
    @Test
    void textbookNetwork() {
        List<Activity> net = List.of(
                new Activity("A", "A", CxLevel.L2, 3, List.of()),
                new Activity("B", "B", CxLevel.L2, 4, List.of("A")),
                new Activity("C", "C", CxLevel.L2, 2, List.of("A")),
                new Activity("D", "D", CxLevel.L3, 5, List.of("B")),
                new Activity("E", "E", CxLevel.L3, 2, List.of("C")),
                new Activity("F", "F", CxLevel.L4, 3, List.of("D", "E")));
        CxSchedule s = CriticalPath.schedule(net);
        assertThat(s.totalDays()).isEqualTo(15.0);
        assertThat(s.criticalPath()).containsExactly("A", "B", "D", "F");
        assertThat(s.activities()).filteredOn(ScheduledActivity::critical).extracting(ScheduledActivity::id)
                .containsExactly("A", "B", "D", "F");
        ScheduledActivity e = s.activities().get(4);
        assertThat(e.startDay()).isEqualTo(5.0);
        assertThat(e.floatDays()).isEqualTo(5.0);
        assertThat(s.activities().get(2).floatDays()).isEqualTo(5.0);
        // all on site (L2+): on-site days = total; 15 working days = 21 calendar days
        assertThat(s.onSiteDays()).isEqualTo(15.0);
        assertThat(s.onSiteMonths()).isCloseTo(21.0 / (365.2425 / 12.0), within(1e-12));
    }

    @Test
    void offSiteLevelsDoNotCountOnSite() {
        CxSchedule s = CriticalPath.schedule(List.of(
                new Activity("review", "review", CxLevel.L0, 10, List.of()),
                new Activity("factory", "factory", CxLevel.L1, 4, List.of("review")),
                new Activity("receipt", "receipt", CxLevel.L2, 2, List.of("factory")),
                new Activity("ist", "ist", CxLevel.L5, 3, List.of("receipt"))));
        assertThat(s.totalDays()).isEqualTo(19.0);
        assertThat(s.onSiteDays()).isEqualTo(5.0);
    }

    @Test
    void rejectsUnknownOrLaterPredecessor() {
        assertThatThrownBy(() -> CriticalPath.schedule(List.of(
                new Activity("B", "B", CxLevel.L2, 1, List.of("A")),
                new Activity("A", "A", CxLevel.L2, 1, List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A' is not listed before it");
        assertThatThrownBy(() -> new Activity("X", "X", CxLevel.L2, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
