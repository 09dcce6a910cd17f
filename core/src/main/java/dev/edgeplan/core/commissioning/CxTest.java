package dev.edgeplan.core.commissioning;

import java.util.List;
import java.util.Objects;

/**
 * One test of a commissioning level on every unit of one equipment kind the phase installs.
 *
 * @param id            stable id, {@code level.kind.step}
 * @param units         units tested (each unit once)
 * @param unitRating    rating of one unit, in {@code ratingUnit}
 * @param procedure     outline of the steps
 * @param acceptance    pass criteria, each traced to a design value or a standard
 * @param hoursPerUnit  crew hours per unit
 */
public record CxTest(String id, CxLevel level, Discipline discipline, String equipmentKind, int units,
                     double unitRating, String ratingUnit, String title, List<String> procedure,
                     List<Acceptance> acceptance, double hoursPerUnit) {

    public CxTest {
        Objects.requireNonNull(id, "id");
        procedure = List.copyOf(procedure);
        acceptance = List.copyOf(acceptance);
    }

    public double totalHours() {
        return units * hoursPerUnit;
    }
}
