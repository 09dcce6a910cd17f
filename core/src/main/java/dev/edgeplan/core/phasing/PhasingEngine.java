package dev.edgeplan.core.phasing;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides when each block of IT capacity is built, month by month over the horizon:
 * <pre>
 * lead(next)  = first-phase lead (size-dependent) for the first phase, expansion lead after,
 *               plus the phase's on-site commissioning months
 * at month m, while required(m + lead(next)) &gt; trigger × committed and committed &lt; design:
 *     commit min(block, design − committed) at m, online at m + lead
 * </pre>
 * Blocks committed in the same month form one phase. All-at-once commits the whole design at month 0. Demand
 * is the IT kW each calendar year needs, held through that year and beyond the horizon at its last value.
 */
public final class PhasingEngine {

    private static final double KW_TOLERANCE = 1e-9;

    private PhasingEngine() {
    }

    /**
     * @param requiredItKw [year] IT kW the demand needs in each calendar year from the decision
     * @param designItKw   the facility's design IT capacity: what all phases add up to at most
     */
    public static BuildOut plan(double[] requiredItKw, double designItKw, PhasingPolicy policy) {
        if (requiredItKw.length == 0) {
            throw new IllegalArgumentException("at least one year of demand is needed");
        }
        if (!(designItKw >= 0) || Double.isInfinite(designItKw)) {
            throw new IllegalArgumentException("design IT kW must be finite and ≥ 0, got " + designItKw);
        }
        List<Phase> phases = policy.strategy() == PhasingPolicy.Strategy.ALL_AT_ONCE
                ? allAtOnce(designItKw, policy.leadTimes(), policy.commissioning())
                : phased(requiredItKw, designItKw, policy);
        return timeline(policy.strategy(), phases, requiredItKw);
    }

    private static List<Phase> allAtOnce(double designItKw, LeadTimes lead, CommissioningTime commissioning) {
        if (designItKw <= KW_TOLERANCE) {
            return List.of();
        }
        return List.of(new Phase(0, 0.0, lead.firstPhaseMonths(designItKw / 1000.0)
                + commissioning.months(0.0, designItKw), designItKw, designItKw));
    }

    private static List<Phase> phased(double[] requiredItKw, double designItKw, PhasingPolicy policy) {
        List<Phase> phases = new ArrayList<>();
        double trigger = policy.triggerUtilizationPct() / 100.0;
        int horizonMonths = requiredItKw.length * PhasingDefaults.MONTHS_PER_YEAR;
        double committed = 0.0;
        // the next block's lead depends only on what is committed: computed again only after a commit (the Monte
        // Carlo re-phases every site in every draw, and each lead asks the commissioning schedule)
        double nextLead = Double.NaN;
        for (int m = 0; m < horizonMonths && committed < designItKw - KW_TOLERANCE; m++) {
            if (Double.isNaN(nextLead)) {
                nextLead = lead(policy, committed, Math.min(policy.blockItKw(), designItKw - committed));
            }
            double added = 0.0;
            double lead = nextLead;
            while (committed + added < designItKw - KW_TOLERANCE
                    && requiredAt(requiredItKw, m + lead) > trigger * (committed + added) + KW_TOLERANCE) {
                added += Math.min(policy.blockItKw(), designItKw - committed - added);
                // a phase of several blocks is a larger build with more to commission: its lead follows its size
                lead = lead(policy, committed, added);
            }
            if (added > 0) {
                committed += added;
                phases.add(new Phase(phases.size(), m, m + lead, added, committed));
                nextLead = Double.NaN;
            }
        }
        return phases;
    }

    /** Decision to load of a phase adding {@code addedItKw} to {@code builtItKw}: its lead time, then commissioning. */
    static double lead(PhasingPolicy policy, double builtItKw, double addedItKw) {
        double build = builtItKw <= KW_TOLERANCE ? policy.leadTimes().firstPhaseMonths(addedItKw / 1000.0)
                : policy.leadTimes().expansionMonths();
        return build + policy.commissioning().months(builtItKw, addedItKw);
    }

    static double requiredAt(double[] requiredItKw, double month) {
        int year = (int) Math.floor(month / PhasingDefaults.MONTHS_PER_YEAR);
        return requiredItKw[Math.min(Math.max(year, 0), requiredItKw.length - 1)];
    }

    /** Month-averaged online, served, unmet and stranded kW per calendar year. */
    private static BuildOut timeline(PhasingPolicy.Strategy strategy, List<Phase> phases, double[] requiredItKw) {
        int years = requiredItKw.length;
        double[] online = new double[years];
        double[] served = new double[years];
        double[] unmet = new double[years];
        double[] stranded = new double[years];
        int perYear = PhasingDefaults.MONTHS_PER_YEAR;
        int nPhases = phases.size();
        double[] phaseOnlineMonth = new double[nPhases];
        double[] phaseItKw = new double[nPhases];
        for (int i = 0; i < nPhases; i++) {
            phaseOnlineMonth[i] = phases.get(i).onlineMonth();
            phaseItKw[i] = phases.get(i).itKw();
        }
        for (int y = 0; y < years; y++) {
            for (int k = 0; k < perYear; k++) {
                double monthStart = y * perYear + k;
                double onlineKw = 0.0;
                for (int i = 0; i < nPhases; i++) {
                    // share of this month the phase is online (it may come online mid-month); a phase not yet
                    // online adds exactly nothing, so it is skipped
                    double share = Math.min(1.0, Math.max(0.0, monthStart + 1.0 - phaseOnlineMonth[i]));
                    if (share > 0.0) {
                        onlineKw += share * phaseItKw[i];
                    }
                }
                double servedKw = Math.min(requiredItKw[y], onlineKw);
                online[y] += onlineKw / perYear;
                served[y] += servedKw / perYear;
                unmet[y] += (requiredItKw[y] - servedKw) / perYear;
                stranded[y] += (onlineKw - servedKw) / perYear;
            }
        }
        double firstOnline = phases.stream().mapToDouble(Phase::onlineMonth).min().orElse(Double.POSITIVE_INFINITY);
        return new BuildOut(strategy, phases, requiredItKw, online, served, unmet, stranded,
                Double.isInfinite(firstOnline) ? 0.0 : firstOnline);
    }
}
