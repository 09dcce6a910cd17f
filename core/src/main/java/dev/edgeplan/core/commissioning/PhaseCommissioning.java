package dev.edgeplan.core.commissioning;

import dev.edgeplan.core.facility.power.EquipmentItem;

import java.util.List;

/**
 * Commissioning of one phase of a site: the equipment it adds, its tests level by level, the integrated systems
 * test on the site as built after it, its load banks and its schedule.
 *
 * @param builtItKw   IT kW in service before the phase
 * @param addedItKw   IT kW the phase adds (what its hall load banks stand in for)
 * @param onlineMonth month the phase carries load, from the plan's start (after its commissioning)
 * @param crewsPerDiscipline test crews each discipline puts on site
 */
public record PhaseCommissioning(int phase, double builtItKw, double addedItKw, double onlineMonth, int crewsPerDiscipline,
                                 List<EquipmentItem> equipment, List<LevelPlan> levels, List<IstScenario> istScenarios,
                                 LoadBankPlan loadBank, CxSchedule schedule) {

    public PhaseCommissioning {
        equipment = List.copyOf(equipment);
        levels = List.copyOf(levels);
        istScenarios = List.copyOf(istScenarios);
    }

    /** Failures staged at the IST (exposures excluded). */
    public long stagedScenarios() {
        return istScenarios.stream().filter(s -> !s.criticalLoadDropExpected()).count();
    }

    public int testCount() {
        return levels.stream().mapToInt(l -> l.tests().size()).sum();
    }
}
