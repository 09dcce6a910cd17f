package dev.edgeplan.io.report;

import dev.edgeplan.core.commissioning.CxTest;
import dev.edgeplan.core.commissioning.IstScenario;
import dev.edgeplan.core.commissioning.PhaseCommissioning;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.SitePlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class CommissioningChecklistTest {

    /** Regenerate after an intended change with {@code -Dedgeplan.updateGolden=true} and review the diff. */
    static final Path GOLDEN = Path.of("src/test/resources/report/golden-commissioning.md");

    @Test
    void everyTestAndStagedFailureHasABoxToTick() {
        Plan plan = PlanFixture.plan();
        String md = CommissioningChecklist.render(plan);
        for (SitePlan site : plan.sites()) {
            for (PhaseCommissioning p : site.commissioning().phases()) {
                p.levels().forEach(l -> l.tests().forEach((CxTest t) ->
                        assertThat(md).contains("- [ ] **" + t.id() + "**")));
                for (IstScenario s : p.istScenarios()) {
                    assertThat(md).contains(s.criticalLoadDropExpected()
                            ? "Exposure (not staged): " + s.failure() : "- [ ] **" + s.id() + "** " + s.failure());
                }
            }
        }
        assertThat(md).contains("Witness: ____________").contains("Accept: start_to_load_s ≤ 10 s (NFPA 110 Type 10)");
    }

    @Test
    void namesCannotBreakTheHeadings() {
        String md = CommissioningChecklist.render(PlanFixture.builder().firstSiteName("Two\n# lines").build());
        assertThat(md).doesNotContain("\n# lines").contains("Two # lines");
    }

    @Test
    void matchesGoldenFile() throws IOException {
        String md = CommissioningChecklist.render(PlanFixture.plan());
        assertThat(md).isEqualTo(CommissioningChecklist.render(PlanFixture.plan()));
        if (Boolean.getBoolean("edgeplan.updateGolden")) {
            Files.writeString(GOLDEN, md, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(GOLDEN)) {
            fail(GOLDEN.toAbsolutePath() + " is missing; create it with -Dedgeplan.updateGolden=true");
        }
        assertThat(md).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
