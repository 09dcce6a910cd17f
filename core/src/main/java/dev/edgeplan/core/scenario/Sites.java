package dev.edgeplan.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Candidate sites and how many may be chosen.
 *
 * @param candidates inline candidates and rows of the sites CSV, in file order
 * @param maxSites   most sites to build; empty = as many as coverage needs
 * @param fromCities optional rule generating more candidates from the bundled cities (after {@code candidates})
 */
public record Sites(List<CandidateSite> candidates, OptionalInt maxSites, Optional<CandidateCities> fromCities) {

    public Sites {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(fromCities, "fromCities");
    }

    /** Sites given one by one, none generated. */
    public Sites(List<CandidateSite> candidates, OptionalInt maxSites) {
        this(candidates, maxSites, Optional.empty());
    }
}
