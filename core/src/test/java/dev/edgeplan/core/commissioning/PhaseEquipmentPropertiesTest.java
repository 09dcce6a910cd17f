package dev.edgeplan.core.commissioning;

import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.Redundancy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseEquipmentPropertiesTest {

    /** However the design is split into phases, each designed unit is installed, and commissioned, exactly once. */
    @Property(tries = 200)
    void phasesConserveUnits(@ForAll @DoubleRange(min = 100, max = 6000) double itKw,
                             @ForAll @IntRange(min = 1, max = 6) int serversPerRack,
                             @ForAll Redundancy redundancy, @ForAll boolean liquid,
                             @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 0.05, max = 1) Double> weights) {
        FacilityDesign d = CommissioningEngineTest.design(itKw, serversPerRack,
                liquid ? CoolingType.DIRECT_TO_CHIP : CoolingType.AIR_CONTAINMENT, redundancy);
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Integer> added = new HashMap<>();
        double built = 0;
        for (int i = 0; i < weights.size(); i++) {
            double block = i == weights.size() - 1 ? d.itKw() - built : d.itKw() * weights.get(i) / sum;
            for (EquipmentItem e : PhaseEquipment.added(d, CommissioningEngineTest.TWO_PATHS, built, block)) {
                added.merge(e.kind(), e.count(), Integer::sum);
            }
            built += block;
        }
        for (EquipmentItem item : PhaseEquipment.designed(d, CommissioningEngineTest.TWO_PATHS)) {
            assertThat(added.getOrDefault(item.kind(), 0)).as(item.kind()).isEqualTo(item.count());
        }
    }

    /** More IT in a phase never needs less test work, nor, with the same crews on site, a shorter on-site window. */
    @Property(tries = 100)
    void biggerPhasesNeverCommissionFaster(@ForAll @DoubleRange(min = 200, max = 4000) double itKw,
                                           @ForAll @DoubleRange(min = 0.05, max = 0.95) double share,
                                           @ForAll Redundancy redundancy) {
        FacilityDesign d = CommissioningEngineTest.design(itKw, 3, CoolingType.AIR_CONTAINMENT, redundancy);
        PhaseCommissioning smaller = CommissioningEngine.phase(d, CommissioningEngineTest.TWO_PATHS, 0, 0, itKw * share, 0);
        PhaseCommissioning whole = CommissioningEngine.phase(d, CommissioningEngineTest.TWO_PATHS, 0, 0, d.itKw(), 0);
        if (whole.crewsPerDiscipline() == smaller.crewsPerDiscipline()) {
            assertThat(whole.schedule().onSiteDays()).isGreaterThanOrEqualTo(smaller.schedule().onSiteDays() - 1e-9);
        }
        assertThat(whole.levels().stream().mapToDouble(LevelPlan::crewHours).sum())
                .isGreaterThanOrEqualTo(smaller.levels().stream().mapToDouble(LevelPlan::crewHours).sum() - 1e-9);
    }
}
