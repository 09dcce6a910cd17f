package dev.edgeplan.core.plan;

/**
 * One phasing strategy over all sites, for the phased-versus-all-at-once comparison.
 *
 * @param strategy          phased or all_at_once
 * @param npvUsd            total NPV
 * @param constructionCapexUsd total construction capex
 * @param peakFundingUsd    deepest cumulative cash position (the equity the plan needs), ≤ 0
 * @param firstOnlineMonth  earliest month any site carries load
 * @param strandedKwYears   built but idle IT capacity, summed over sites and years
 * @param unmetKwYears      demand waiting for capacity, summed over sites and years
 */
public record StrategyOutcome(String strategy, double npvUsd, double constructionCapexUsd, double peakFundingUsd,
                              double firstOnlineMonth, double strandedKwYears, double unmetKwYears) {
}
