package dev.edgeplan.io.scenario;

import dev.edgeplan.core.scenario.Scenario;

import java.util.List;
import java.util.Optional;

/** A scenario, or every problem that kept it from being read (never both). */
public record ScenarioResult(Optional<Scenario> scenario, List<Problem> problems) {

    public ScenarioResult {
        problems = problems.stream().sorted(Problem.ORDER).toList();
        if (!problems.isEmpty()) {
            scenario = Optional.empty();
        }
    }

    public boolean ok() {
        return problems.isEmpty() && scenario.isPresent();
    }
}
