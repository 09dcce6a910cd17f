package dev.edgeplan.core.commissioning;

import java.util.Objects;

/**
 * One acceptance criterion: {@code metric comparator value unit}, e.g. {@code start_to_load_s <= 10 s}.
 *
 * @param basis where the value comes from: the design (named field) or the standard that sets it
 */
public record Acceptance(String metric, String comparator, double value, String unit, String basis) {

    public Acceptance {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
    }

    static Acceptance atMost(String metric, double value, String unit, String basis) {
        return new Acceptance(metric, "<=", value, unit, basis);
    }

    static Acceptance atLeast(String metric, double value, String unit, String basis) {
        return new Acceptance(metric, ">=", value, unit, basis);
    }
}
