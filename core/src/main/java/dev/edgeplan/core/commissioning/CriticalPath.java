package dev.edgeplan.core.commissioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Critical path method on an activity-on-node network: a forward pass for early start and finish, a backward pass
 * for late finish, total float = late − early, critical = zero float. Activities must be listed with every
 * predecessor before its successors (the order the commissioning engine builds them in).
 */
public final class CriticalPath {

    private static final double FLOAT_TOLERANCE_DAYS = 1e-9;

    private CriticalPath() {
    }

    public static CxSchedule schedule(List<Activity> activities) {
        int n = activities.size();
        Map<String, Integer> index = new HashMap<>();
        int[][] preds = new int[n][];
        for (int i = 0; i < n; i++) {
            Activity a = activities.get(i);
            preds[i] = new int[a.predecessors().size()];
            for (int k = 0; k < preds[i].length; k++) {
                Integer p = index.get(a.predecessors().get(k));
                if (p == null) {
                    throw new IllegalArgumentException(a.id() + ": predecessor '" + a.predecessors().get(k)
                            + "' is not listed before it");
                }
                preds[i][k] = p;
            }
            if (index.put(a.id(), i) != null) {
                throw new IllegalArgumentException("duplicate activity id '" + a.id() + "'");
            }
        }
        double[] earlyStart = new double[n];
        double[] earlyFinish = new double[n];
        double end = 0.0;
        for (int i = 0; i < n; i++) {
            for (int p : preds[i]) {
                earlyStart[i] = Math.max(earlyStart[i], earlyFinish[p]);
            }
            earlyFinish[i] = earlyStart[i] + activities.get(i).durationDays();
            end = Math.max(end, earlyFinish[i]);
        }
        double[] lateFinish = new double[n];
        Arrays.fill(lateFinish, end);
        for (int i = n - 1; i >= 0; i--) {
            double lateStart = lateFinish[i] - activities.get(i).durationDays();
            for (int p : preds[i]) {
                lateFinish[p] = Math.min(lateFinish[p], lateStart);
            }
        }
        List<ScheduledActivity> scheduled = new ArrayList<>(n);
        double onSiteStart = end;
        for (int i = 0; i < n; i++) {
            Activity a = activities.get(i);
            double slack = lateFinish[i] - earlyFinish[i];
            boolean critical = slack <= FLOAT_TOLERANCE_DAYS;
            scheduled.add(new ScheduledActivity(a.id(), a.name(), a.level(), a.durationDays(), a.predecessors(),
                    earlyStart[i], earlyFinish[i], Math.max(0.0, slack), critical));
            if (a.level().onSite()) {
                onSiteStart = Math.min(onSiteStart, earlyStart[i]);
            }
        }
        double onSiteDays = end - onSiteStart;
        return new CxSchedule(scheduled, criticalChain(activities, preds, earlyFinish, lateFinish, end), end,
                onSiteDays, onSiteDays * CommissioningDefaults.CALENDAR_DAYS_PER_WORKING_DAY
                        / CommissioningDefaults.DAYS_PER_MONTH);
    }

    /** One zero-float chain, walked back from the activity that finishes last (the first one listed on ties). */
    private static List<String> criticalChain(List<Activity> activities, int[][] preds, double[] earlyFinish,
                                              double[] lateFinish, double end) {
        List<String> chain = new ArrayList<>();
        int current = -1;
        for (int i = 0; i < earlyFinish.length && current < 0; i++) {
            if (Math.abs(earlyFinish[i] - end) <= FLOAT_TOLERANCE_DAYS) {
                current = i;
            }
        }
        while (current >= 0) {
            chain.add(0, activities.get(current).id());
            double start = earlyFinish[current] - activities.get(current).durationDays();
            int next = -1;
            for (int p : preds[current]) {
                if (Math.abs(earlyFinish[p] - start) <= FLOAT_TOLERANCE_DAYS
                        && Math.abs(lateFinish[p] - earlyFinish[p]) <= FLOAT_TOLERANCE_DAYS) {
                    next = p;
                    break;
                }
            }
            current = next;
        }
        return chain;
    }
}
