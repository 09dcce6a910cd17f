package dev.edgeplan.core.commissioning;

import java.util.List;

/** A schedule activity before scheduling: its working days and the activities that must finish first. */
public record Activity(String id, String name, CxLevel level, double durationDays, List<String> predecessors) {

    public Activity {
        predecessors = List.copyOf(predecessors);
        if (!(durationDays >= 0) || Double.isInfinite(durationDays)) {
            throw new IllegalArgumentException(id + ": duration must be finite and ≥ 0 days, got " + durationDays);
        }
    }
}
