package dev.edgeplan.bench;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.demand.DemandModel;
import dev.edgeplan.core.demand.DemandTable;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.core.siting.CandidateGenerator;
import dev.edgeplan.io.catalog.CatalogLoader;
import dev.edgeplan.io.scenario.ScenarioResult;
import dev.edgeplan.io.scenario.ScenarioReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled national example (examples/us-national.yaml: 2,576 US cities × 500 candidates, three workloads) read
 * once per benchmark fork, with its demand table and candidates built the way the planner builds them. The file is
 * found from the working directory or its parents, or named by {@code -Dedgeplan.scenario=FILE}.
 */
final class NationalInstance {

    static final String EXAMPLE = "examples/us-national.yaml";

    final Catalog catalog;
    final Scenario scenario;
    final DemandTable demand;
    final List<CandidateSite> candidates;

    private NationalInstance(Catalog catalog, Scenario scenario) {
        this.catalog = catalog;
        this.scenario = scenario;
        this.demand = DemandModel.build(scenario.demand(), scenario.workloads(), catalog.cities());
        this.candidates = CandidateGenerator.all(scenario.sites(), catalog.cities());
    }

    static NationalInstance load() {
        Catalog catalog = CatalogLoader.loadBundled();
        ScenarioResult result = new ScenarioReader(catalog).read(scenarioFile());
        if (!result.ok()) {
            throw new IllegalStateException("cannot read " + scenarioFile() + ": " + result.problems());
        }
        return new NationalInstance(catalog, result.scenario().orElseThrow());
    }

    static Path scenarioFile() {
        String named = System.getProperty("edgeplan.scenario");
        if (named != null) {
            return Path.of(named);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(EXAMPLE))) {
                return dir.resolve(EXAMPLE);
            }
        }
        throw new IllegalStateException(EXAMPLE + " not found from " + Path.of("").toAbsolutePath()
                + "; run from the repository or pass -Dedgeplan.scenario=FILE");
    }
}
