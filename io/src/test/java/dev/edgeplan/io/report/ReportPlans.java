package dev.edgeplan.io.report;

import dev.edgeplan.core.demand.DemandPoint;
import dev.edgeplan.core.plan.Assumption;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.PlanGeography;
import dev.edgeplan.core.plan.PlanGeography.PointDemand;
import dev.edgeplan.core.plan.PlanGeography.PointWorkload;
import dev.edgeplan.core.plan.PlanGeography.SloCoverage;
import dev.edgeplan.core.scenario.CandidateSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link PlanFixture}'s plan with what the workbook and GeoJSON need beyond it: the discount rate it was priced at
 * (as the planner's assumptions carry it) and a geography of three Texas cities and three candidates.
 */
final class ReportPlans {

    static final double DALLAS_LAT = 32.7767;
    static final double DALLAS_LON = -96.7970;

    private ReportPlans() {
    }

    static Plan plan() {
        return plan(PlanFixture.plan());
    }

    static Plan plan(Plan p) {
        List<Assumption> assumptions = new ArrayList<>(p.assumptions());
        assumptions.add(new Assumption("finance.discount_rate_pct", PlanFixture.DISCOUNT_RATE_PCT, "%",
                "fixture: the rate its cash flows were discounted at"));
        return new Plan(p.scenarioName(), p.horizonYears(), p.seed(), p.acceleratorId(), p.serverId(), p.summary(),
                p.siting(), p.workloads(), p.sites(), p.economics(), p.warnings(), assumptions, geography());
    }

    static PlanGeography geography() {
        List<PointDemand> points = List.of(
                point(0, "dallas", "Dallas", DALLAS_LAT, DALLAS_LON, 5_668_165, "dfw-1", 120.0, 11.2),
                point(1, "austin", "Austin", 30.2672, -97.7431, 2_283_371, "aus-1", 60.0, 8.0),
                point(2, "el-paso", "El Paso", 31.7619, -106.4850, 868_859, null, 20.0, 0.0));
        List<CandidateSite> candidates = List.of(
                new CandidateSite("dfw-1", "Dallas Infomart", 32.8009, -96.8194, 4.0, 0.072, 1.0, Optional.empty(), 0),
                new CandidateSite("aus-1", "Austin East", 30.2672, -97.7431, 1.5, 0.081, 1.0, Optional.empty(), 0),
                new CandidateSite("hou-1", "Houston West", 29.7604, -95.3698, 10.0, 0.065, 0.95, Optional.empty(), 0));
        List<SloCoverage> coverage = List.of(new SloCoverage("dfw-1", "chat", 35.0, 712.4),
                new SloCoverage("dfw-1", "vision", 60.0, 1840.0), new SloCoverage("aus-1", "chat", 35.0, 712.4),
                new SloCoverage("aus-1", "vision", 60.0, 1840.0));
        return new PlanGeography(points, candidates, coverage);
    }

    private static PointDemand point(int index, String id, String name, double lat, double lon, double population,
                                     String site, double chatPerS, double rttMs) {
        return new PointDemand(new DemandPoint(index, id, name, lat, lon, population, "city"), List.of(
                new PointWorkload("chat", chatPerS, chatPerS * 3.1, Optional.ofNullable(site), rttMs),
                new PointWorkload("vision", chatPerS / 4, chatPerS / 4 * 2.0, Optional.ofNullable(site), rttMs)));
    }
}
