package dev.edgeplan.core.commissioning;

import java.util.List;

/** A site's commissioning, phase by phase, under the gating rule that a level starts when the previous one closes. */
public record CommissioningPlan(List<PhaseCommissioning> phases) {

    public static final String GATING_RULE = "A level starts only when the previous level's issues are closed "
            + "(L0 design review → L1 factory → L2 delivery → L3 start-up → L4 functional → L5 IST → L6 turnover).";

    public CommissioningPlan {
        phases = List.copyOf(phases);
    }

    public double onSiteDays() {
        return phases.stream().mapToDouble(p -> p.schedule().onSiteDays()).sum();
    }
}
