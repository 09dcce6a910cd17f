package dev.edgeplan.core.commissioning;

import java.util.List;

/**
 * An activity placed by the critical path method, in working days from the phase's start.
 *
 * @param floatDays total float: how far it can slip without moving the phase's finish
 * @param critical  on the critical path (zero float)
 */
public record ScheduledActivity(String id, String name, CxLevel level, double durationDays, List<String> predecessors,
                                double startDay, double finishDay, double floatDays, boolean critical) {

    public ScheduledActivity {
        predecessors = List.copyOf(predecessors);
    }
}
