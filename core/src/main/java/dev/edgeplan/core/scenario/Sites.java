package dev.edgeplan.core.scenario;

import java.util.List;
import java.util.OptionalInt;

/**
 * Candidate sites and how many may be chosen.
 *
 * @param candidates inline candidates and rows of the sites CSV, in file order
 * @param maxSites   most sites to build; empty = as many as coverage needs
 */
public record Sites(List<CandidateSite> candidates, OptionalInt maxSites) {

    public Sites {
        candidates = List.copyOf(candidates);
    }
}
