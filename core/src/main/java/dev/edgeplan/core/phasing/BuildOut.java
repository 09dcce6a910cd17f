package dev.edgeplan.core.phasing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A site's capacity over time under one phasing policy. Per-year arrays are indexed by calendar year from the
 * decision to build (year 0 starts at month 0) and hold month-averaged IT kW.
 *
 * @param strategy        the policy's strategy
 * @param phases          blocks in decision order
 * @param requiredItKw    [year] IT capacity the demand needs
 * @param onlineItKw      [year] IT capacity online, averaged over the year's months
 * @param servedItKw      [year] min(required, online), averaged: the load actually carried
 * @param unmetItKw       [year] required − served: demand waiting for capacity
 * @param strandedItKw    [year] online − served: built and idle
 * @param firstOnlineMonth month the first phase carries load
 */
public record BuildOut(PhasingPolicy.Strategy strategy, List<Phase> phases, double[] requiredItKw,
                       double[] onlineItKw, double[] servedItKw, double[] unmetItKw, double[] strandedItKw,
                       double firstOnlineMonth) {

    public BuildOut {
        phases = List.copyOf(phases);
        requiredItKw = requiredItKw.clone();
        onlineItKw = onlineItKw.clone();
        servedItKw = servedItKw.clone();
        unmetItKw = unmetItKw.clone();
        strandedItKw = strandedItKw.clone();
    }

    public int years() {
        return requiredItKw.length;
    }

    /** Share of year {@code y}'s required capacity that was online to serve it, 0–1 (1 when nothing is required). */
    public double servedFraction(int y) {
        return requiredItKw[y] > 0 ? servedItKw[y] / requiredItKw[y] : 1.0;
    }

    /** IT kW committed (decided) in year {@code y}. */
    public double committedItKw(int y) {
        return phases.stream().filter(p -> p.decisionYear() == y).mapToDouble(Phase::itKw).sum();
    }

    public double totalItKw() {
        return phases.stream().mapToDouble(Phase::itKw).sum();
    }

    /** kW-years of built but idle capacity over the horizon. */
    public double strandedKwYears() {
        double sum = 0.0;
        for (double kw : strandedItKw) {
            sum += kw;
        }
        return sum;
    }

    /** Element-wise for the arrays, so two runs of the same scenario compare equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof BuildOut o
                && Objects.equals(strategy, o.strategy)
                && Objects.equals(phases, o.phases)
                && Arrays.equals(requiredItKw, o.requiredItKw)
                && Arrays.equals(onlineItKw, o.onlineItKw)
                && Arrays.equals(servedItKw, o.servedItKw)
                && Arrays.equals(unmetItKw, o.unmetItKw)
                && Arrays.equals(strandedItKw, o.strandedItKw)
                && Double.compare(firstOnlineMonth, o.firstOnlineMonth) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(strategy, phases, Arrays.hashCode(requiredItKw),
                Arrays.hashCode(onlineItKw), Arrays.hashCode(servedItKw),
                Arrays.hashCode(unmetItKw), Arrays.hashCode(strandedItKw), firstOnlineMonth);
    }

    @Override
    public String toString() {
        return "BuildOut[strategy=" + strategy
                + ", phases=" + phases
                + ", requiredItKw=" + Arrays.toString(requiredItKw)
                + ", onlineItKw=" + Arrays.toString(onlineItKw)
                + ", servedItKw=" + Arrays.toString(servedItKw)
                + ", unmetItKw=" + Arrays.toString(unmetItKw)
                + ", strandedItKw=" + Arrays.toString(strandedItKw)
                + ", firstOnlineMonth=" + firstOnlineMonth + "]";
    }
}
