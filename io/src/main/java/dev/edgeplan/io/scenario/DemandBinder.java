package dev.edgeplan.io.scenario;

import dev.edgeplan.core.scenario.CitiesFilter;
import dev.edgeplan.core.scenario.Demand;
import dev.edgeplan.core.scenario.DemandPointSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** The {@code demand} section: city filter, inline points, CSV points and shares. */
final class DemandBinder {

    static final List<String> CSV_COLUMNS = List.of("id", "name", "lat", "lon", "population");

    private final Set<String> workloadIds;
    private final CsvFiles csvFiles;
    private final Problems problems;

    DemandBinder(Set<String> workloadIds, CsvFiles csvFiles, Problems problems) {
        this.workloadIds = workloadIds;
        this.csvFiles = csvFiles;
        this.problems = problems;
    }

    Demand bind(MappingReader demand) {
        if (demand.given() && !demand.has("cities") && !demand.has("points") && !demand.has("csv")) {
            problems.add(demand.start(), demand.path(), "demand needs at least one of 'cities', 'points' or 'csv'");
        }
        Optional<CitiesFilter> cities = demand.has("cities") ? Optional.of(cities(demand.child("cities")))
                : Optional.empty();
        List<RecordSource> sources = new ArrayList<>(demand.children("points"));
        sources.addAll(csvFiles.read(demand, ScenarioFields.POINT, CSV_COLUMNS, problems));
        Ids ids = new Ids("demand point", problems);
        List<DemandPointSpec> points = sources.stream().map(s -> point(s, ids)).toList();
        return new Demand(cities, points, workloadMap(demand.numberMap("share_pct")));
    }

    /** A city filter: {@code demand.cities} or {@code sites.from_cities}, which share these keys. */
    static CitiesFilter cities(MappingReader m) {
        Optional<CitiesFilter.Circle> within = m.has("within") ? Optional.of(circle(m.child("within")))
                : Optional.empty();
        OptionalDouble gridKm = m.optNumber("grid_km").map(OptionalDouble::of).orElse(OptionalDouble.empty());
        return new CitiesFilter(m.strings("countries"), m.strings("regions"), m.integer("min_population"), within,
                gridKm);
    }

    private static CitiesFilter.Circle circle(MappingReader m) {
        return new CitiesFilter.Circle(m.number("lat"), m.number("lon"), m.number("radius_km"));
    }

    private DemandPointSpec point(RecordSource s, Ids ids) {
        String id = s.string("id", "");
        if (!id.isEmpty()) {
            ids.add(id, s.position("id"), s.path("id"));
        }
        return new DemandPointSpec(id, s.string("name", id), s.number("lat"), s.number("lon"), s.number("population"),
                workloadMap(s.numberMap("requests_per_s")));
    }

    /** Entries keyed by workload id; other keys are reported. */
    private Map<String, Double> workloadMap(List<RecordSource.Entry> entries) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (RecordSource.Entry e : entries) {
            if (workloadIds.contains(e.key())) {
                result.put(e.key(), e.value());
            } else {
                String known = String.join(", ", workloadIds);
                problems.add(e.position(), e.path(), Suggest.closest(e.key(), workloadIds)
                        .map(s -> "'" + e.key() + "' is not a workload id (did you mean '" + s + "'?)")
                        .orElse("'" + e.key() + "' is not a workload id (workloads: " + known + ")"));
            }
        }
        return result;
    }
}
