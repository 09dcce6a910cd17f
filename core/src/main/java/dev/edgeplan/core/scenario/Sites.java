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
 * @param policy     the location model choosing among them (the scenario's {@code siting} section)
 */
public record Sites(List<CandidateSite> candidates, OptionalInt maxSites, Optional<CandidateCities> fromCities,
                    SitingPolicy policy) {

    public Sites {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(fromCities, "fromCities");
        Objects.requireNonNull(policy, "policy");
    }

    /** Candidates and a rule generating more, chosen by the default model. */
    public Sites(List<CandidateSite> candidates, OptionalInt maxSites, Optional<CandidateCities> fromCities) {
        this(candidates, maxSites, fromCities, SitingPolicy.defaults());
    }

    /** Sites given one by one, none generated, chosen by the default model. */
    public Sites(List<CandidateSite> candidates, OptionalInt maxSites) {
        this(candidates, maxSites, Optional.empty());
    }

    public Sites withPolicy(SitingPolicy other) {
        return new Sites(candidates, maxSites, fromCities, other);
    }
}
