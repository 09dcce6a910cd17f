package dev.edgeplan.io.scenario;

import dev.edgeplan.io.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.edgeplan.io.scenario.ScenarioReaderTest.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

/** Site climate names are checked against the bundled climate normals. */
class ClimateNameTest {

    @TempDir
    Path dir;

    private final ScenarioReader reader = new ScenarioReader(CatalogLoader.loadBundled());

    @Test
    void unknownMetroIsAProblemWithSuggestion() {
        ScenarioResult r = reader.read(MINIMAL.replace("power_available_mw: 5}", "power_available_mw: 5, climate: Seatle}"),
                "s.yaml", dir);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("sites.candidates[0].climate");
            assertThat(p.message()).contains("unknown climate metro 'Seatle'").contains("did you mean 'Seattle'");
        });
    }

    @Test
    void knownMetroIsAcceptedInAnyCase() {
        ScenarioResult r = reader.read(MINIMAL.replace("power_available_mw: 5}", "power_available_mw: 5, climate: seattle}"),
                "s.yaml", dir);
        assertThat(r.problems()).isEmpty();
        assertThat(r.scenario().orElseThrow().sites().candidates().get(0).climate()).contains("seattle");
    }
}
