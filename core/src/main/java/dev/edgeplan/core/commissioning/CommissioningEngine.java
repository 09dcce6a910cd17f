package dev.edgeplan.core.commissioning;

import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.network.SiteNetwork;
import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.phasing.CommissioningTime;
import dev.edgeplan.core.phasing.Phase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Commissioning plan of a site from its design, phase by phase (shared/research/facility.md §2.15; ASHRAE
 * Guideline 0-2019 process, NFPA 110 generator acceptance):
 * <ol>
 *   <li>equipment each phase adds ({@link PhaseEquipment}) → L1–L4 tests per unit ({@link TestLibrary});</li>
 *   <li>IST failures from the topology as built after the phase ({@link IstScenarios});</li>
 *   <li>load banks for the phase's IT kW ({@link LoadBanks});</li>
 *   <li>schedule: one crew per discipline works its tests in sequence, factories in parallel, a level starts when
 *       the previous level's issues are closed; critical path by CPM ({@link CriticalPath}).</li>
 * </ol>
 * The on-site duration (L2 → L6) is what a phase adds to its lead time before it carries load.
 */
public final class CommissioningEngine {

    private CommissioningEngine() {
    }

    public static CommissioningPlan plan(FacilityDesign design, SiteNetwork network, List<Phase> phases) {
        List<PhaseCommissioning> out = new ArrayList<>();
        for (Phase p : phases) {
            out.add(phase(design, network, p.index(), p.cumulativeItKw() - p.itKw(), p.itKw(), p.onlineMonth()));
        }
        return new CommissioningPlan(out);
    }

    /** Commissioning time of any phase of this design, for the phasing engine (memoised: risk runs call it often). */
    public static CommissioningTime time(FacilityDesign design, SiteNetwork network) {
        Map<PhaseSize, Double> memo = new ConcurrentHashMap<>();
        return (builtItKw, addedItKw) -> memo.computeIfAbsent(new PhaseSize(builtItKw, addedItKw),
                k -> phase(design, network, 0, builtItKw, addedItKw, 0.0).schedule().onSiteMonths());
    }

    /** The memo's key: a record's equals and hash on doubles, without boxing them into a list. */
    private record PhaseSize(double builtItKw, double addedItKw) {
    }

    public static PhaseCommissioning phase(FacilityDesign design, SiteNetwork network, int index, double builtItKw,
                                           double addedItKw, double onlineMonth) {
        boolean first = builtItKw <= 1e-9;
        List<EquipmentItem> added = PhaseEquipment.added(design, network, builtItKw, addedItKw);
        List<EquipmentItem> installed = PhaseEquipment.installed(design, network, builtItKw + addedItKw);
        Map<CxLevel, List<CxTest>> byLevel = new EnumMap<>(CxLevel.class);
        for (CxLevel level : CxLevel.values()) {
            byLevel.put(level, new ArrayList<>());
        }
        byLevel.get(CxLevel.L0).add(fixed(CxLevel.L0, "design_review", "Design review", first
                ? CommissioningDefaults.DESIGN_REVIEW_DAYS_FIRST : CommissioningDefaults.DESIGN_REVIEW_DAYS_EXPANSION,
                List.of("Review the basis of design against the owner's project requirements",
                        "Issue the commissioning plan, test scripts and issues log (ASHRAE Guideline 0)")));
        for (EquipmentItem item : added) {
            for (CxTest test : TestLibrary.tests(item, design, network)) {
                byLevel.get(test.level()).add(test);
            }
        }
        List<IstScenario> scenarios = IstScenarios.scenarios(design, installed, network);
        byLevel.get(CxLevel.L5).add(fixed(CxLevel.L5, "setup", "Place hall load banks and temporary instruments",
                CommissioningDefaults.IST_SETUP_DAYS, List.of("Hall load banks per the load-bank plan; trend logging "
                        + "of every power and cooling point")));
        byLevel.get(CxLevel.L5).add(new CxTest("L5.ist.step_load_heat_run", CxLevel.L5, Discipline.INTEGRATED, "site", 1,
                addedItKw, "kW", "Step load and heat run", List.of("Load the hall in 25 % steps, one hour each",
                "Hold 100 % until temperatures are steady, then stage the failure scenarios in order"),
                List.of(Acceptance.atLeast("hall_load_kw", addedItKw, "kW", "design: phase IT kW")),
                CommissioningDefaults.IST_LOAD_STEPS.length * CommissioningDefaults.IST_STEP_HOURS
                        + CommissioningDefaults.IST_HEAT_RUN_H));
        byLevel.get(CxLevel.L6).add(fixed(CxLevel.L6, "turnover", "Turnover", first
                ? CommissioningDefaults.TURNOVER_DAYS_FIRST : CommissioningDefaults.TURNOVER_DAYS_EXPANSION,
                List.of("Systems manual, as-built documents, O&M training, final commissioning report")));
        List<LevelPlan> levels = new ArrayList<>();
        byLevel.forEach((level, tests) -> {
            if (!tests.isEmpty()) {
                levels.add(new LevelPlan(level, tests));
            }
        });
        int crews = crewsPerDiscipline(addedItKw);
        // the hall bank stays on while the mechanical crews prove each cooling unit at its design heat
        double mechanicalL4Hours = byLevel.get(CxLevel.L4).stream().filter(t -> t.discipline() == Discipline.MECHANICAL)
                .mapToDouble(t -> rounds(t, crews) * t.hoursPerUnit()).sum();
        LoadBankPlan loadBank = LoadBanks.plan(design, added, addedItKw, scenarios, mechanicalL4Hours);
        return new PhaseCommissioning(index, builtItKw, addedItKw, onlineMonth, crews, added, levels, scenarios, loadBank,
                CriticalPath.schedule(activities(levels, scenarios, crews)));
    }

    private static CxTest fixed(CxLevel level, String step, String title, double days, List<String> procedure) {
        return new CxTest(level.name() + ".site." + step, level, Discipline.INTEGRATED, "site", 1, 0.0, "", title,
                procedure, List.of(), days * CommissioningDefaults.HOURS_PER_SHIFT);
    }

    /** Units of a test each crew works in turn: factories test their units one by one, site crews split them. */
    static int rounds(CxTest test, int crews) {
        return test.level() == CxLevel.L1 ? test.units() : (test.units() + crews - 1) / crews;
    }

    /** Test crews per discipline: one per {@link CommissioningDefaults#IT_KW_PER_CREW} of the phase's IT, at least one. */
    static int crewsPerDiscipline(double addedItKw) {
        return Math.max(1, (int) Math.ceil(addedItKw / CommissioningDefaults.IT_KW_PER_CREW - 1e-9));
    }

    /**
     * Activities: L1 factory tests in parallel; at every other level one chain per discipline whose crews split the
     * units of each test between them; the IST scenarios staged one after another; a close-out activity after each
     * level that gates the next.
     */
    static List<Activity> activities(List<LevelPlan> levels, List<IstScenario> scenarios, int crews) {
        List<Activity> out = new ArrayList<>();
        String gate = null;
        for (LevelPlan level : levels) {
            List<String> gatePreds = new ArrayList<>();
            double span = 0.0;
            Map<Discipline, String> lastInChain = new LinkedHashMap<>();
            Map<Discipline, Double> chainDays = new LinkedHashMap<>();
            List<Activity> steps = new ArrayList<>();
            for (CxTest test : level.tests()) {
                steps.add(new Activity(test.id(), test.title() + " — " + test.equipmentKind() + " × " + test.units(),
                        level.level(), rounds(test, crews) * test.hoursPerUnit() / CommissioningDefaults.HOURS_PER_SHIFT,
                        List.of()));
            }
            if (level.level() == CxLevel.L5) {
                for (IstScenario s : scenarios) {
                    if (!s.criticalLoadDropExpected()) {
                        steps.add(new Activity("L5.ist." + s.id(), s.failure(), CxLevel.L5,
                                s.hours() / CommissioningDefaults.HOURS_PER_SHIFT, List.of()));
                    }
                }
            }
            for (int i = 0; i < steps.size(); i++) {
                Activity a = steps.get(i);
                // factories work in parallel; on site each discipline's crew works its tests in turn
                Discipline crew = level.level() == CxLevel.L1 ? null
                        : i < level.tests().size() ? level.tests().get(i).discipline() : Discipline.INTEGRATED;
                String previous = crew == null ? null : lastInChain.get(crew);
                List<String> preds = previous != null ? List.of(previous) : gate != null ? List.of(gate) : List.of();
                out.add(new Activity(a.id(), a.name(), a.level(), a.durationDays(), preds));
                if (crew == null) {
                    gatePreds.add(a.id());
                    span = Math.max(span, a.durationDays());
                } else {
                    lastInChain.put(crew, a.id());
                    span = Math.max(span, chainDays.merge(crew, a.durationDays(), Double::sum));
                }
            }
            gatePreds.addAll(lastInChain.values());
            String closeout = level.level().name() + ".closeout";
            out.add(new Activity(closeout, level.level().name() + " issues closed", level.level(),
                    Math.max(CommissioningDefaults.MIN_ISSUE_CLOSEOUT_DAYS, CommissioningDefaults.ISSUE_CLOSEOUT_SHARE * span),
                    gatePreds));
            gate = closeout;
        }
        return out;
    }
}
