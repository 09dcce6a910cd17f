package dev.edgeplan.io.report;

import dev.edgeplan.core.commissioning.CommissioningPlan;
import dev.edgeplan.core.commissioning.IstScenario;
import dev.edgeplan.core.commissioning.LevelPlan;
import dev.edgeplan.core.commissioning.LoadBankPlan;
import dev.edgeplan.core.commissioning.PhaseCommissioning;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.SitePlan;

/** The report's commissioning section: per site and phase, levels, IST failures, load banks and critical path. */
final class CommissioningSection {

    private CommissioningSection() {
    }

    static void render(Html h, Plan plan) {
        h.open("section", "id", "commissioning");
        h.el("h2", "Commissioning");
        h.el("p", CommissioningPlan.GATING_RULE + " The printable checklist is commissioning.md beside this report.",
                "class", "note");
        for (SitePlan site : plan.sites()) {
            CommissioningPlan c = site.commissioning();
            h.open("div", "class", "site-block");
            h.el("h3", HtmlReport.siteTitle(site));
            Table phases = new Table(null).num("Phase").num("Adds IT kW").num("Online month").num("Crews per discipline")
                    .num("Tests").num("IST failures staged").num("On-site days");
            for (PhaseCommissioning p : c.phases()) {
                phases.row(String.valueOf(p.phase() + 1), Fmt.kw(p.addedItKw()), Fmt.num(p.onlineMonth(), 1),
                        String.valueOf(p.crewsPerDiscipline()), String.valueOf(p.testCount()),
                        String.valueOf(p.stagedScenarios()), Fmt.num(p.schedule().onSiteDays(), 1));
            }
            phases.write(h);
            for (PhaseCommissioning p : c.phases()) {
                phase(h, p);
            }
            h.close("div");
        }
        h.close("section");
    }

    private static void phase(Html h, PhaseCommissioning p) {
        h.el("h4", "Phase " + (p.phase() + 1) + ": " + Fmt.kw(p.addedItKw()) + " kW IT");
        Table levels = new Table(null).tight("Level").text("Name").tight("Tag").num("Tests").num("Crew hours");
        for (LevelPlan level : p.levels()) {
            levels.row(level.level().name(), level.level().title(), level.level().tag(),
                    String.valueOf(level.tests().size()), Fmt.num(level.crewHours(), 1));
        }
        levels.write(h);
        Table ist = new Table(null).text("IST failure").text("Expected outcome").tight("Staged");
        for (IstScenario s : p.istScenarios()) {
            ist.row(s.failure(), s.expectedOutcome(), s.criticalLoadDropExpected() ? "no: exposure" : "yes");
        }
        ist.write(h);
        LoadBankPlan b = p.loadBank();
        h.el("p", String.format("Load banks: hall %s kW air + %s kW liquid; generator bank %s kW; UPS bank %s kW; "
                        + "%s bank-hours in %d steps.", Fmt.kw(b.hallAirKw()), Fmt.kw(b.hallLiquidKw()),
                Fmt.kw(b.generatorBankKw()), Fmt.kw(b.upsBankKw()), Fmt.num(b.bankHours(), 1), b.sequence().size()),
                "class", "facts");
        h.el("p", "Critical path: " + String.join(" → ", p.schedule().criticalPath()), "class", "note");
    }
}
