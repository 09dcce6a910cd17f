package dev.edgeplan.core.commissioning;

import java.util.List;

/** The tests of one level of one phase; the level starts when the previous level's issues are closed. */
public record LevelPlan(CxLevel level, List<CxTest> tests) {

    public LevelPlan {
        tests = List.copyOf(tests);
    }

    public double crewHours() {
        return tests.stream().mapToDouble(CxTest::totalHours).sum();
    }
}
