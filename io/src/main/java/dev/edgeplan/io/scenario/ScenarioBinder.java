package dev.edgeplan.io.scenario;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.lifecycle.RefreshPolicy;
import dev.edgeplan.core.network.LatencyDefaults;
import dev.edgeplan.core.phasing.PhasingPolicy;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.core.scenario.CoolingPreference;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.Demand;
import dev.edgeplan.core.scenario.DesignPolicy;
import dev.edgeplan.core.scenario.Distributed;
import dev.edgeplan.core.scenario.FinanceAssumptions;
import dev.edgeplan.core.scenario.HardwareChoice;
import dev.edgeplan.core.scenario.HeatRejection;
import dev.edgeplan.core.scenario.LatencyPercentile;
import dev.edgeplan.core.scenario.NetworkAssumptions;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.core.scenario.RiskAssumptions;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.core.scenario.Sites;
import dev.edgeplan.core.scenario.SitingPolicy;
import dev.edgeplan.core.scenario.Workload;
import org.snakeyaml.engine.v2.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The scenario node tree → {@link Scenario}: binds every section (reporting as it goes), then checks
 * the rules that span sections. Values of bad fields become placeholders; the scenario is only
 * returned when nothing was reported.
 */
final class ScenarioBinder {

    private static final String PER_DAY = "requests_per_user_per_day";
    private static final String PER_S = "requests_per_s";

    private final Catalog catalog;
    private final CsvFiles csvFiles;
    private final Problems problems;

    ScenarioBinder(Catalog catalog, CsvFiles csvFiles, Problems problems) {
        this.catalog = catalog;
        this.csvFiles = csvFiles;
        this.problems = problems;
    }

    Optional<Scenario> bind(Node node) {
        MappingReader root = MappingReader.of(node, "", ScenarioFields.SCENARIO, problems);
        root.optInteger("schema_version");
        String name = root.string("name", "");
        int horizon = (int) root.integer("horizon_years");
        long seed = root.integer("seed");

        List<MappingReader> workloadReaders = root.children("workloads");
        List<Workload> workloads = workloads(workloadReaders);
        Set<String> workloadIds = new LinkedHashSet<>();
        workloads.forEach(w -> workloadIds.add(w.id()));

        EconomicsBinder economics = new EconomicsBinder(problems);
        FinanceAssumptions finance = economics.finance(root.child("finance"));
        PhasingPolicy phasing = economics.phasing(root.child("phasing"));
        RiskAssumptions risk = economics.risk(root.child("risk"));
        Demand demand = new DemandBinder(workloadIds, csvFiles, problems).bind(root.child("demand"));
        Sites sites = new SitesBinder(finance.defaultPowerPriceUsdPerKwh(), csvFiles, problems,
                catalog.climates().stream().map(MonthlyClimate::metro).toList()).bind(root.child("sites"));
        sites = sites.withPolicy(siting(root.child("siting"), sites));
        HardwareChoice hardware = hardware(root.child("hardware"));
        DesignPolicy design = design(root.child("design"));
        NetworkAssumptions network = network(root.child("network"));

        for (int i = 0; i < workloads.size(); i++) {
            checkRateSource(workloads.get(i), workloadReaders.get(i), demand);
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name, horizon, seed, workloads, demand, sites, hardware, design, finance,
                network, phasing, risk));
    }

    private List<Workload> workloads(List<MappingReader> readers) {
        WorkloadBinder binder = new WorkloadBinder(catalog, problems);
        Ids ids = new Ids("workload", problems);
        List<Workload> result = new ArrayList<>();
        for (MappingReader m : readers) {
            Workload w = binder.bind(m);
            if (!w.id().isEmpty()) {
                ids.add(w.id(), m.position("id"), m.path("id"));
            }
            result.add(w);
        }
        return result;
    }

    /** Exactly one of: per-user rate (with a share), absolute rate, per-point rates. */
    private void checkRateSource(Workload w, MappingReader m, Demand demand) {
        boolean perDay = m.has(PER_DAY);
        boolean perS = m.has(PER_S);
        boolean perPoint = demand.points().stream().anyMatch(p -> p.requestsPerS().containsKey(w.id()));
        List<String> sources = new ArrayList<>();
        if (perDay) {
            sources.add(PER_DAY);
        }
        if (perS) {
            sources.add(PER_S);
        }
        if (perPoint) {
            sources.add("requests_per_s on demand points");
        }
        if (sources.isEmpty()) {
            problems.add(m.start(), m.path(), "workload '" + w.id() + "' has no request rate (give one of "
                    + PER_DAY + " with demand.share_pct, " + PER_S + ", or requests_per_s on demand points)");
        } else if (sources.size() > 1) {
            String key = perS ? PER_S : PER_DAY;
            problems.add(m.keyPosition(key), m.path(key), "workload '" + w.id() + "' has " + sources.size()
                    + " rate sources (" + String.join(", ", sources) + "); give exactly one");
        }
        if (perDay && !demand.sharePct().containsKey(w.id())) {
            problems.add(m.keyPosition(PER_DAY), m.path(PER_DAY), "workload '" + w.id() + "' uses " + PER_DAY
                    + " but demand.share_pct has no '" + w.id() + "'");
        }
    }

    private HardwareChoice hardware(MappingReader m) {
        List<String> acceleratorIds = catalog.accelerators().stream().map(Accelerator::id).toList();
        Optional<Accelerator> accelerator = m.optString("accelerator").flatMap(id -> {
            Optional<Accelerator> found = catalog.accelerator(id);
            if (found.isEmpty()) {
                problems.add(m.position("accelerator"), m.path("accelerator"),
                        Suggest.unknown("accelerator", id, acceleratorIds));
            }
            return found;
        });
        Optional<ServerModel> server = m.has("server") ? m.optString("server").flatMap(id -> givenServer(m, id, accelerator))
                : accelerator.flatMap(a -> defaultServer(m, a));
        String triggerKey = m.enumValue("refresh_trigger");
        RefreshPolicy.Trigger trigger = Arrays.stream(RefreshPolicy.Trigger.values())
                .filter(t -> t.key().equals(triggerKey)).findFirst().orElse(RefreshPolicy.Trigger.EVERY_N_YEARS);
        return new HardwareChoice(accelerator.map(Accelerator::id).orElse(""), server.map(ServerModel::id).orElse(""),
                m.number("target_utilization_pct"), m.number("software_efficiency_pct"), trigger,
                m.number("refresh_min_gain_pct"), (int) m.integer("start_year"));
    }

    private Optional<ServerModel> givenServer(MappingReader m, String id, Optional<Accelerator> accelerator) {
        Optional<ServerModel> server = catalog.server(id);
        if (server.isEmpty()) {
            problems.add(m.position("server"), m.path("server"),
                    Suggest.unknown("server", id, catalog.servers().stream().map(ServerModel::id).toList()));
        } else if (accelerator.isPresent() && !server.get().acceleratorId().equals(accelerator.get().id())) {
            problems.add(m.position("server"), m.path("server"), "server '" + id + "' carries '"
                    + server.get().acceleratorId() + "', not '" + accelerator.get().id() + "'");
        }
        return server;
    }

    private Optional<ServerModel> defaultServer(MappingReader m, Accelerator accelerator) {
        Optional<ServerModel> server = catalog.defaultServerFor(accelerator.id());
        if (server.isEmpty()) {
            problems.add(m.position("accelerator"), m.path("accelerator"), "the catalog has no server carrying '"
                    + accelerator.id() + "'; give hardware.server");
        }
        return server;
    }

    private DesignPolicy design(MappingReader m) {
        Redundancy redundancy = Redundancy.parse(m.enumValue("redundancy")).orElse(Redundancy.N_PLUS_1);
        Distributed blocks = distributed(m, redundancy);
        String coolingKey = m.enumValue("cooling");
        CoolingPreference cooling = Arrays.stream(CoolingType.values()).filter(c -> c.key().equals(coolingKey))
                .findFirst().map(CoolingPreference::of).orElse(CoolingPreference.AUTO);
        double air = m.number("air_max_kw_per_rack");
        double containment = m.number("containment_max_kw_per_rack");
        if (containment <= air) {
            problems.add(m.position("containment_max_kw_per_rack"), m.path("containment_max_kw_per_rack"),
                    "expected a number > air_max_kw_per_rack (" + Range.show(air) + "), got " + Range.show(containment));
        }
        String rejectionKey = m.enumValue("heat_rejection");
        Optional<HeatRejection> rejection = Arrays.stream(HeatRejection.values()).filter(r -> r.key().equals(rejectionKey))
                .findFirst();
        return new DesignPolicy(redundancy, m.number("max_kw_per_rack"), cooling, air, containment, rejection, blocks);
    }

    /** distributed_systems / distributed_needed: only with redundancy distributed, needed below systems. */
    private Distributed distributed(MappingReader m, Redundancy redundancy) {
        int systems = (int) m.integer("distributed_systems");
        int needed = (int) m.integer("distributed_needed");
        if (redundancy != Redundancy.DISTRIBUTED) {
            for (String key : List.of("distributed_systems", "distributed_needed")) {
                if (m.has(key)) {
                    problems.add(m.position(key), m.path(key), key + " applies to redundancy: distributed only (redundancy is "
                            + redundancy.key() + ")");
                }
            }
            return Distributed.FOUR_MAKE_THREE;
        }
        if (needed >= systems) {
            problems.add(m.position("distributed_needed"), m.path("distributed_needed"),
                    "expected an integer < distributed_systems (" + systems + "), got " + needed);
            return Distributed.FOUR_MAKE_THREE;
        }
        return new Distributed(systems, needed);
    }

    /** The location model; models that open a fixed number of sites need {@code sites.max_sites}. */
    private SitingPolicy siting(MappingReader m, Sites sites) {
        String modelKey = m.enumValue("model");
        SitingPolicy.Model model = Arrays.stream(SitingPolicy.Model.values()).filter(x -> x.key().equals(modelKey))
                .findFirst().orElse(SitingPolicy.Model.MAX_COVERAGE);
        if ((model == SitingPolicy.Model.P_MEDIAN || model == SitingPolicy.Model.P_CENTER)
                && sites.maxSites().isEmpty()) {
            problems.add(m.position("model"), m.path("model"), "model " + model.key()
                    + " opens a fixed number of sites: give sites.max_sites");
        }
        String solverKey = m.enumValue("solver");
        SitingPolicy.Solver solver = Arrays.stream(SitingPolicy.Solver.values()).filter(x -> x.key().equals(solverKey))
                .findFirst().orElse(SitingPolicy.Solver.AUTO);
        int covers = m.enumValue("resilience").equals("double_cover") ? 2 : 1;
        Optional<Double> budget = m.optNumber("budget_usd");
        if (budget.isPresent() && (model != SitingPolicy.Model.MAX_COVERAGE || covers != 1 || sites.maxSites().isPresent())) {
            problems.add(m.position("budget_usd"), m.path("budget_usd"), "budget_usd applies to model max_coverage "
                    + "with resilience none and without sites.max_sites (the budget replaces the site count)");
        }
        String assignmentKey = m.enumValue("assignment");
        SitingPolicy.Assignment assignment = Arrays.stream(SitingPolicy.Assignment.values())
                .filter(x -> x.key().equals(assignmentKey)).findFirst().orElse(SitingPolicy.Assignment.SPLIT);
        if (assignment == SitingPolicy.Assignment.SINGLE && model != SitingPolicy.Model.CAPACITATED) {
            problems.add(m.position("assignment"), m.path("assignment"), "assignment: single applies to model "
                    + "capacitated (the other models have no site capacity to split over)");
        }
        return new SitingPolicy(model, covers, m.number("target_coverage_pct"), solver, m.number("time_limit_s"),
                budget.map(OptionalDouble::of).orElse(OptionalDouble.empty()), assignment);
    }

    private NetworkAssumptions network(MappingReader m) {
        String sloCheckKey = m.enumValue("slo_check");
        LatencyPercentile sloCheck = Arrays.stream(LatencyPercentile.values()).filter(q -> q.key().equals(sloCheckKey))
                .findFirst().orElse(LatencyDefaults.SLO_CHECK);
        return new NetworkAssumptions(m.number("fiber_km_per_ms"), m.number("route_factor"), m.number("core_fixed_ms"),
                m.number("route_factor_p90"), m.number("core_fixed_ms_p90"), accessMap(m.numberMap("access_rtt_ms")),
                accessMap(m.numberMap("access_rtt_ms_p90")), sloCheck);
    }

    /** Entries keyed by access type; other keys are reported. */
    private Map<AccessType, Double> accessMap(List<RecordSource.Entry> entries) {
        Map<AccessType, Double> result = new EnumMap<>(AccessType.class);
        List<String> known = Arrays.stream(AccessType.values()).map(AccessType::key).toList();
        for (RecordSource.Entry e : entries) {
            Optional<AccessType> access = AccessType.fromKey(e.key());
            if (access.isPresent()) {
                result.put(access.get(), e.value());
            } else {
                problems.add(e.position(), e.path(), "'" + e.key() + "' is not an access type (one of "
                        + ScenarioFields.ACCESS_KEYS + Suggest.closest(e.key(), known).map(k -> "; did you mean '"
                        + k + "'?").orElse("") + ")");
            }
        }
        return result;
    }
}
