package dev.edgeplan.core.commissioning;

import java.util.List;

/**
 * One failure the integrated systems test imposes at full load bank, derived from the redundancy topology.
 *
 * @param kind                     utility_outage, single_unit, whole_path, exposure (a failure the design does
 *                                 not survive: recorded, not staged)
 * @param criticalLoadDropExpected true when the topology cannot ride through it (N designs)
 */
public record IstScenario(String id, String kind, String equipmentKind, String failure, String expectedOutcome,
                          boolean criticalLoadDropExpected, List<Acceptance> acceptance, double hours) {

    public IstScenario {
        acceptance = List.copyOf(acceptance);
    }
}
