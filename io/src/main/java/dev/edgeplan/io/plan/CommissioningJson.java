package dev.edgeplan.io.plan;

import dev.edgeplan.core.commissioning.Acceptance;
import dev.edgeplan.core.commissioning.CommissioningPlan;
import dev.edgeplan.core.commissioning.CxTest;
import dev.edgeplan.core.commissioning.IstScenario;
import dev.edgeplan.core.commissioning.LevelPlan;
import dev.edgeplan.core.commissioning.LoadBankPlan;
import dev.edgeplan.core.commissioning.PhaseCommissioning;
import dev.edgeplan.core.commissioning.ScheduledActivity;
import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.io.json.JsonWriter;

import java.util.List;

/** The {@code sites[].commissioning} object of plan.json. */
final class CommissioningJson {

    private CommissioningJson() {
    }

    static void write(JsonWriter json, CommissioningPlan c) {
        json.beginObject()
                .field("gating_rule", CommissioningPlan.GATING_RULE)
                .field("on_site_days", c.onSiteDays());
        json.name("phases").beginArray();
        for (PhaseCommissioning p : c.phases()) {
            phase(json, p);
        }
        json.endArray();
        json.endObject();
    }

    static void equipmentItem(JsonWriter json, EquipmentItem e) {
        json.beginObject().field("kind", e.kind()).field("count", e.count()).field("rating", e.rating())
                .field("unit", e.unit()).endObject();
    }

    private static void phase(JsonWriter json, PhaseCommissioning p) {
        json.beginObject()
                .field("phase", p.phase())
                .field("built_it_kw", p.builtItKw())
                .field("added_it_kw", p.addedItKw())
                .field("online_month", p.onlineMonth())
                .field("test_count", p.testCount())
                .field("ist_staged_scenarios", p.stagedScenarios())
                .field("on_site_days", p.schedule().onSiteDays())
                .field("on_site_months", p.schedule().onSiteMonths())
                .field("total_days", p.schedule().totalDays());
        json.name("equipment_added").beginArray();
        p.equipment().forEach(e -> equipmentItem(json, e));
        json.endArray();
        json.name("levels").beginArray();
        for (LevelPlan level : p.levels()) {
            json.beginObject()
                    .field("level", level.level().name())
                    .field("name", level.level().title())
                    .field("tag", level.level().tag())
                    .field("where", level.level().where())
                    .field("entry_criterion", level.level().entryCriterion())
                    .field("crew_hours", level.crewHours());
            json.name("tests").beginArray();
            level.tests().forEach(t -> test(json, t));
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.name("ist_scenarios").beginArray();
        p.istScenarios().forEach(s -> scenario(json, s));
        json.endArray();
        loadBank(json.name("load_bank"), p.loadBank());
        json.name("schedule").beginObject();
        json.name("critical_path").beginArray();
        p.schedule().criticalPath().forEach(json::value);
        json.endArray();
        json.name("activities").beginArray();
        for (ScheduledActivity a : p.schedule().activities()) {
            json.beginObject()
                    .field("id", a.id())
                    .field("name", a.name())
                    .field("level", a.level().name())
                    .field("start_day", a.startDay())
                    .field("finish_day", a.finishDay())
                    .field("duration_days", a.durationDays())
                    .field("float_days", a.floatDays())
                    .field("critical", a.critical());
            strings(json.name("predecessors"), a.predecessors());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.endObject();
    }

    private static void test(JsonWriter json, CxTest t) {
        json.beginObject()
                .field("id", t.id())
                .field("title", t.title())
                .field("discipline", t.discipline().label())
                .field("equipment_kind", t.equipmentKind())
                .field("units", t.units())
                .field("unit_rating", t.unitRating())
                .field("rating_unit", t.ratingUnit())
                .field("hours_per_unit", t.hoursPerUnit())
                .field("total_hours", t.totalHours());
        strings(json.name("procedure"), t.procedure());
        acceptance(json, t.acceptance());
        json.endObject();
    }

    private static void scenario(JsonWriter json, IstScenario s) {
        json.beginObject()
                .field("id", s.id())
                .field("kind", s.kind())
                .field("equipment_kind", s.equipmentKind())
                .field("failure", s.failure())
                .field("expected_outcome", s.expectedOutcome())
                .field("critical_load_drop_expected", s.criticalLoadDropExpected())
                .field("hours", s.hours());
        acceptance(json, s.acceptance());
        json.endObject();
    }

    private static void acceptance(JsonWriter json, List<Acceptance> criteria) {
        json.name("acceptance").beginArray();
        for (Acceptance a : criteria) {
            json.beginObject()
                    .field("metric", a.metric())
                    .field("comparator", a.comparator())
                    .field("value", a.value())
                    .field("unit", a.unit())
                    .field("basis", a.basis())
                    .endObject();
        }
        json.endArray();
    }

    private static void loadBank(JsonWriter json, LoadBankPlan b) {
        json.beginObject()
                .field("hall_air_kw", b.hallAirKw())
                .field("hall_liquid_kw", b.hallLiquidKw())
                .field("generator_bank_kw", b.generatorBankKw())
                .field("ups_bank_kw", b.upsBankKw())
                .field("bank_hours", b.bankHours());
        json.name("sequence").beginArray();
        for (LoadBankPlan.Step s : b.sequence()) {
            json.beginObject()
                    .field("level", s.level().name())
                    .field("step", s.name())
                    .field("air_kw", s.airKw())
                    .field("liquid_kw", s.liquidKw())
                    .field("hours", s.hours())
                    .endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void strings(JsonWriter json, List<String> values) {
        json.beginArray();
        values.forEach(json::value);
        json.endArray();
    }
}
