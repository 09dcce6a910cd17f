package dev.edgeplan.io.scenario;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the input, the reader returns problems with sane positions instead of throwing. */
class ReaderRobustnessPropertiesTest {

    private final ScenarioReader reader = new ScenarioReader(TestCatalog.catalog());

    @Property(tries = 300)
    void arbitraryTextNeverThrows(@ForAll @StringLength(max = 200) String text) {
        ScenarioResult result = reader.read(text, "fuzz.yaml", null);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isGreaterThanOrEqualTo(0);
            assertThat(p.column()).isGreaterThanOrEqualTo(p.line() == 0 ? 0 : 1);
        });
    }

    @Property(tries = 300)
    void mutatedScenarioNeverThrows(@ForAll @StringLength(min = 1, max = 3) String insert,
                                    @ForAll("positions") int at) {
        String text = ScenarioReaderTest.MINIMAL;
        int i = Math.floorMod(at, text.length());
        String mutated = text.substring(0, i) + insert + text.substring(i);

        ScenarioResult result = reader.read(mutated, "m.yaml", null);

        assertThat(result.ok()).isEqualTo(result.problems().isEmpty());
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 10_000);
    }
}
