package dev.edgeplan.core.demand;

import dev.edgeplan.core.catalog.City;
import dev.edgeplan.core.geo.GreatCircle;
import dev.edgeplan.core.scenario.CitiesFilter;
import dev.edgeplan.core.scenario.Demand;
import dev.edgeplan.core.scenario.DemandPointSpec;
import dev.edgeplan.core.scenario.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds demand points and their per-workload request rates from a scenario's demand section. */
public final class DemandModel {

    static final double SECONDS_PER_DAY = 86_400.0;

    private DemandModel() {
    }

    public static DemandTable build(Demand demand, List<Workload> workloads, List<City> cities) {
        List<DemandPoint> points = new ArrayList<>();
        demand.cities().ifPresent(filter -> {
            List<City> selected = selectCities(filter, cities);
            if (filter.gridKm().isPresent()) {
                for (GridCells.Cell cell : GridCells.group(selected, filter.gridKm().getAsDouble())) {
                    double[] centroid = cell.centroid();
                    City largest = cell.largest();
                    String more = cell.cities().size() > 1 ? " +" + (cell.cities().size() - 1) + " more" : "";
                    points.add(new DemandPoint(points.size(), "grid-" + cell.key(),
                            largest.name() + ", " + largest.countryIso2() + more, centroid[0], centroid[1],
                            cell.population(), "grid"));
                }
            } else {
                for (City city : selected) {
                    points.add(new DemandPoint(points.size(), "city-" + city.id(),
                            city.name() + ", " + city.countryIso2(), city.lat(), city.lon(), city.population(), "city"));
                }
            }
        });
        for (DemandPointSpec spec : demand.points()) {
            points.add(new DemandPoint(points.size(), spec.id(), spec.name(), spec.lat(), spec.lon(),
                    spec.population(), "scenario"));
        }
        double[][] average = new double[workloads.size()][points.size()];
        for (int w = 0; w < workloads.size(); w++) {
            average[w] = averageRates(workloads.get(w), demand, points);
        }
        return new DemandTable(points, workloads, average);
    }

    /** Country/region/circle filter, then suburbs absorbed, then the population floor. */
    public static List<City> selectCities(CitiesFilter filter, List<City> cities) {
        List<City> inArea = new ArrayList<>();
        for (City city : cities) {
            if (matches(filter, city)) {
                inArea.add(city);
            }
        }
        List<City> kept = new ArrayList<>();
        for (City city : Agglomerations.absorbSuburbs(inArea)) {
            if (city.population() >= filter.minPopulation()) {
                kept.add(city);
            }
        }
        return kept;
    }

    private static boolean matches(CitiesFilter filter, City city) {
        if (!filter.countries().isEmpty() && !filter.countries().contains(city.countryIso2())) {
            return false;
        }
        if (!filter.regions().isEmpty() && filter.regions().stream()
                .noneMatch(r -> r.toLowerCase(Locale.ROOT).equals(city.admin1().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return filter.within().map(c -> GreatCircle.distanceKm(c.lat(), c.lon(), city.lat(), city.lon()) <= c.radiusKm())
                .orElse(true);
    }

    private static double[] averageRates(Workload workload, Demand demand, List<DemandPoint> points) {
        double[] rates = new double[points.size()];
        int firstScenarioPoint = points.size() - demand.points().size();
        boolean perPoint = demand.points().stream().anyMatch(p -> p.requestsPerS().containsKey(workload.id()));
        if (perPoint) {
            for (int i = 0; i < demand.points().size(); i++) {
                rates[firstScenarioPoint + i] = demand.points().get(i).requestsPerS().getOrDefault(workload.id(), 0.0);
            }
        } else if (workload.requestsPerUserPerDay().isPresent()) {
            double share = demand.sharePct().getOrDefault(workload.id(), 0.0) / 100.0;
            double perUser = workload.requestsPerUserPerDay().getAsDouble() / SECONDS_PER_DAY;
            for (DemandPoint p : points) {
                rates[p.index()] = p.population() * share * perUser;
            }
        } else if (workload.requestsPerS().isPresent()) {
            spreadByPopulation(workload.requestsPerS().getAsDouble(), points, rates);
        }
        return rates;
    }

    /** An absolute rate is spread in proportion to population (evenly if nobody has a population). */
    private static void spreadByPopulation(double totalRequestsPerS, List<DemandPoint> points, double[] rates) {
        double totalPopulation = points.stream().mapToDouble(DemandPoint::population).sum();
        for (DemandPoint p : points) {
            rates[p.index()] = totalPopulation > 0
                    ? totalRequestsPerS * p.population() / totalPopulation
                    : totalRequestsPerS / points.size();
        }
    }
}
