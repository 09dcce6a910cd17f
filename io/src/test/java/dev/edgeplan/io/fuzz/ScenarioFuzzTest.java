package dev.edgeplan.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.plan.Planner;
import dev.edgeplan.io.catalog.CatalogLoader;
import dev.edgeplan.io.scenario.ScenarioReader;
import dev.edgeplan.io.scenario.ScenarioResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzz targets (Jazzer). In an ordinary test run they replay their seed corpus (the bundled examples,
 * under src/test/resources/…/ScenarioFuzzTestInputs) and every crash found so far; {@code JAZZER_FUZZ=1} makes them
 * mutate for {@code maxDuration} (.ci/run fuzzes each for a bounded time). A crash is any exception: a bad scenario
 * must become problems with positions, a valid one a plan or an infeasibility naming its constraint.
 */
class ScenarioFuzzTest {

    private static final Catalog CATALOG = CatalogLoader.loadBundled();
    private static final ScenarioReader READER = new ScenarioReader(CATALOG);

    @FuzzTest(maxDuration = "60s")
    void readerNeverThrows(byte[] input) {
        ScenarioResult result = READER.read(new String(input, StandardCharsets.UTF_8), "fuzz.yaml", null);
        assertThat(result.ok()).isEqualTo(result.problems().isEmpty());
        result.problems().forEach(p -> assertThat(p.line()).isGreaterThanOrEqualTo(0));
    }

    @FuzzTest(maxDuration = "60s")
    void pipelineNeverThrows(byte[] input) {
        ScenarioResult result = READER.read(new String(input, StandardCharsets.UTF_8), "fuzz.yaml", null);
        if (result.scenario().isPresent()) {
            try {
                assertThat(Planner.plan(result.scenario().get(), CATALOG).sites()).isNotNull();
            } catch (InfeasibleException e) {
                assertThat(e.bindingConstraint()).isNotBlank();
            }
        }
    }
}
