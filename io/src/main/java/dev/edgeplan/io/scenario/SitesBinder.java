package dev.edgeplan.io.scenario;

import dev.edgeplan.core.scenario.CandidateCities;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.Sites;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The {@code sites} section: inline and CSV candidates, and the rule generating more from cities. */
final class SitesBinder {

    static final List<String> CSV_COLUMNS = List.of("id", "name", "lat", "lon", "power_available_mw");

    private final double defaultPowerPrice;
    private final CsvFiles csvFiles;
    private final Problems problems;
    private final List<String> climateMetros;

    /** @param climateMetros metros of the catalog's climate normals; empty = names are not checked (test catalogs) */
    SitesBinder(double defaultPowerPrice, CsvFiles csvFiles, Problems problems, List<String> climateMetros) {
        this.defaultPowerPrice = defaultPowerPrice;
        this.csvFiles = csvFiles;
        this.problems = problems;
        this.climateMetros = List.copyOf(climateMetros);
    }

    Sites bind(MappingReader sites) {
        List<RecordSource> sources = new ArrayList<>(sites.children("candidates"));
        sources.addAll(csvFiles.read(sites, ScenarioFields.CANDIDATE, CSV_COLUMNS, problems));
        if (sites.given() && sources.isEmpty() && !sites.has("from_cities")) {
            problems.add(sites.start(), sites.path(),
                    "no candidate sites (give 'candidates', a 'csv' with rows, or 'from_cities')");
        }
        Ids ids = new Ids("site", problems);
        List<CandidateSite> candidates = sources.stream().map(s -> candidate(s, ids)).toList();
        OptionalInt maxSites = sites.optInteger("max_sites").map(v -> OptionalInt.of(v.intValue()))
                .orElse(OptionalInt.empty());
        Optional<CandidateCities> fromCities = sites.has("from_cities")
                ? Optional.of(fromCities(sites.child("from_cities"))) : Optional.empty();
        return new Sites(candidates, maxSites, fromCities);
    }

    private CandidateCities fromCities(MappingReader m) {
        return new CandidateCities(DemandBinder.cities(m), m.number("power_available_mw"),
                m.optNumber("power_price_usd_per_kwh").orElse(defaultPowerPrice), m.number("build_cost_index"),
                m.number("processing_ms"));
    }

    private CandidateSite candidate(RecordSource s, Ids ids) {
        String id = s.string("id", "");
        if (!id.isEmpty()) {
            ids.add(id, s.position("id"), s.path("id"));
        }
        Optional<String> climate = s.optString("climate");
        if (climate.isPresent() && !climateMetros.isEmpty()
                && climateMetros.stream().noneMatch(m -> m.equalsIgnoreCase(climate.get()))) {
            problems.add(s.position("climate"), s.path("climate"),
                    Suggest.unknown("climate metro", climate.get(), climateMetros));
        }
        return new CandidateSite(id, s.string("name", id), s.number("lat"), s.number("lon"),
                s.number("power_available_mw"), s.optNumber("power_price_usd_per_kwh").orElse(defaultPowerPrice),
                s.number("build_cost_index"), climate, s.number("processing_ms"));
    }
}
