package dev.edgeplan.core.facility.climate;

/**
 * 288 representative hours (a typical day for each month, 24 hours) synthesised from monthly normals,
 * each weighted by the days of its month: the bin method on monthly data. Dry bulb follows a cosine between
 * the mean daily minimum and maximum with its peak at 15:00 (the shape of the ASHRAE Handbook—Fundamentals
 * ch. 14 design-day profile, peak mid-afternoon); dew point is the month's, capped at the dry bulb.
 */
public final class TypicalHours {

    public static final int HOURS_PER_DAY = 24;
    public static final int COUNT = MonthlyClimate.MONTHS * HOURS_PER_DAY;
    static final int PEAK_HOUR = 15;

    private TypicalHours() {
    }

    /** Dry bulb of typical hour {@code h} (0–23) of {@code month}. */
    public static double dryBulbC(MonthlyClimate c, int month, int h) {
        double mean = c.meanC(month);
        double amplitude = 0.5 * (c.tmaxC()[month] - c.tminC()[month]);
        return mean + amplitude * Math.cos(2.0 * Math.PI * (h - PEAK_HOUR) / HOURS_PER_DAY);
    }

    /** Dry bulb of every typical hour, index month × 24 + hour. */
    public static double[] dryBulbC(MonthlyClimate c) {
        double[] t = new double[COUNT];
        for (int m = 0; m < MonthlyClimate.MONTHS; m++) {
            for (int h = 0; h < HOURS_PER_DAY; h++) {
                t[m * HOURS_PER_DAY + h] = dryBulbC(c, m, h);
            }
        }
        return t;
    }

    /** Relative humidity (0–1) of every typical hour. */
    public static double[] rhFraction(MonthlyClimate c, double[] dryBulbC) {
        double[] rh = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            rh[i] = Psychrometrics.rhFromDewPoint(dryBulbC[i], c.dewPointC(i / HOURS_PER_DAY));
        }
        return rh;
    }

    /** Hours of the year each typical hour stands for (its month's days; sums to 8,760). */
    public static double[] weightHours() {
        double[] w = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            w[i] = MonthlyClimate.DAYS_IN_MONTH[i / HOURS_PER_DAY];
        }
        return w;
    }
}
