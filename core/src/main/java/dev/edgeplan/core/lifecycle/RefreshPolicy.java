package dev.edgeplan.core.lifecycle;

/**
 * When installed accelerators are replaced by a newer generation.
 *
 * @param trigger              every N years, or as soon as a generation needs this much less power for the load
 * @param everyYears           years between refreshes ({@link Trigger#EVERY_N_YEARS})
 * @param minPerfPerWattGainPct the least gain in work per kW that pays for a refresh ({@link Trigger#PERF_PER_WATT_GAIN})
 * @param startYear            calendar year of plan year 0: which generations exist when
 */
public record RefreshPolicy(Trigger trigger, int everyYears, double minPerfPerWattGainPct, int startYear) {

    public enum Trigger {
        EVERY_N_YEARS("every_n_years"), PERF_PER_WATT_GAIN("perf_per_watt_gain");

        private final String key;

        Trigger(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public RefreshPolicy {
        if (everyYears < 1) {
            throw new IllegalArgumentException("refresh period must be ≥ 1 year, got " + everyYears);
        }
        if (!(minPerfPerWattGainPct >= 0)) {
            throw new IllegalArgumentException("gain threshold must be ≥ 0 %, got " + minPerfPerWattGainPct);
        }
    }
}
