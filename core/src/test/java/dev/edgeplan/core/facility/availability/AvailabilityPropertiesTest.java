package dev.edgeplan.core.facility.availability;

import dev.edgeplan.core.scenario.Redundancy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityPropertiesTest {

    /**
     * With each path's switchgear and PDU in series and N+1 sharing one path: N ≤ N+1 ≤ 2N ≤ 2(N+1). Holds while
     * the series elements' unavailability exceeds roughly the square of a module's (docs/facility.md explains);
     * the ranges are those of the component tables (module unavailability 1e-5–5e-4, series 2e-5–1e-3).
     */
    @Property
    void moreRedundancyIsNeverLessAvailable(@ForAll @IntRange(min = 1, max = 4) int k,
                                            @ForAll @DoubleRange(min = 1e-5, max = 5e-4) @Scale(8) double moduleDown,
                                            @ForAll @DoubleRange(min = 2e-5, max = 1e-3) @Scale(8) double seriesDown,
                                            @ForAll @DoubleRange(min = 0, max = 24) double maintenanceH,
                                            @ForAll @DoubleRange(min = 0, max = 0.1) double beta) {
        double module = 1 - moduleDown;
        double commonCause = 1 - beta * moduleDown;
        double series = 1 - seriesDown;
        double n = SiteAvailability.paths(Redundancy.N, k, module, maintenanceH, commonCause, series);
        double nPlus1 = SiteAvailability.paths(Redundancy.N_PLUS_1, k, module, maintenanceH, commonCause, series);
        double twoN = SiteAvailability.paths(Redundancy.TWO_N, k, module, maintenanceH, commonCause, series);
        double twoNPlus1 = SiteAvailability.paths(Redundancy.TWO_N_PLUS_1, k, module, maintenanceH, commonCause, series);
        assertThat(nPlus1).isGreaterThanOrEqualTo(n);
        assertThat(twoN).isGreaterThanOrEqualTo(nPlus1);
        assertThat(twoNPlus1).isGreaterThanOrEqualTo(twoN);
    }

    @Property
    void gensetSurvivalFallsWithOutageLength(@ForAll @IntRange(min = 1, max = 6) int needed,
                                             @ForAll @IntRange(min = 0, max = 3) int spares,
                                             @ForAll @DoubleRange(min = 0, max = 500) double hours) {
        double shorter = GensetSurvival.probability(needed + spares, needed, hours);
        double longer = GensetSurvival.probability(needed + spares, needed, hours + 1);
        assertThat(longer).isLessThanOrEqualTo(shorter);
        assertThat(shorter).isBetween(0.0, 1.0);
    }
}
