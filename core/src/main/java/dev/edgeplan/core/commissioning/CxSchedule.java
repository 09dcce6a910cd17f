package dev.edgeplan.core.commissioning;

import java.util.List;

/**
 * A phase's commissioning schedule.
 *
 * @param criticalPath  ids of the zero-float chain from the first activity to the last
 * @param totalDays     working days from the design review to turnover
 * @param onSiteDays    working days from the first on-site (L2) activity to turnover: what delays first load
 * @param onSiteMonths  onSiteDays in calendar months (five working days a week)
 */
public record CxSchedule(List<ScheduledActivity> activities, List<String> criticalPath, double totalDays,
                         double onSiteDays, double onSiteMonths) {

    public CxSchedule {
        activities = List.copyOf(activities);
        criticalPath = List.copyOf(criticalPath);
    }
}
