package dev.edgeplan.io.plan;

import dev.edgeplan.core.finance.CashFlowYear;
import dev.edgeplan.core.finance.SiteFinance;
import dev.edgeplan.core.finance.capex.CapexBreakdown;
import dev.edgeplan.core.finance.capex.Subsystem;
import dev.edgeplan.core.finance.risk.RiskSummary;
import dev.edgeplan.core.finance.risk.TornadoBar;
import dev.edgeplan.core.phasing.Phase;
import dev.edgeplan.core.plan.PlanEconomics;
import dev.edgeplan.core.plan.StrategyOutcome;
import dev.edgeplan.io.json.JsonWriter;

/** The money parts of plan.json: per-site finance and build-out, and the plan's economics and risk. */
final class EconomicsJson {

    private EconomicsJson() {
    }

    static void write(JsonWriter json, PlanEconomics e) {
        json.beginObject()
                .field("revenue_model", e.revenueModel())
                .field("phasing_strategy", e.strategy())
                .field("npv_usd", e.npvUsd())
                .field("irr", e.irr())
                .field("payback_years", e.paybackYears())
                .field("tenant_hhi", e.hhi())
                .field("tenant_concentration", e.concentration());
        json.name("cash_flow_usd").beginArray();
        for (double f : e.flowsUsd()) {
            json.value(f);
        }
        json.endArray();
        json.name("strategies").beginArray();
        e.strategies().forEach(s -> outcome(json, s));
        json.endArray();
        json.name("tornado").beginObject().field("base_npv_usd", e.tornado().baseNpvUsd());
        json.name("bars").beginArray();
        for (TornadoBar b : e.tornado().bars()) {
            json.beginObject().field("driver", b.driverId()).field("label", b.label())
                    .field("low_multiplier", b.lowMultiplier()).field("high_multiplier", b.highMultiplier())
                    .field("npv_at_low_usd", b.npvAtLowUsd()).field("npv_at_high_usd", b.npvAtHighUsd())
                    .field("swing_usd", b.swingUsd()).endObject();
        }
        json.endArray().endObject();
        json.name("monte_carlo");
        if (e.monteCarlo().isPresent()) {
            monteCarlo(json, e.monteCarlo().get());
        } else {
            json.nullValue();
        }
        json.endObject();
    }

    private static void outcome(JsonWriter json, StrategyOutcome s) {
        json.beginObject()
                .field("strategy", s.strategy())
                .field("npv_usd", s.npvUsd())
                .field("construction_capex_usd", s.constructionCapexUsd())
                .field("peak_funding_usd", s.peakFundingUsd())
                .field("first_online_month", s.firstOnlineMonth())
                .field("stranded_kw_years", s.strandedKwYears())
                .field("unmet_kw_years", s.unmetKwYears())
                .endObject();
    }

    private static void monteCarlo(JsonWriter json, RiskSummary r) {
        json.beginObject()
                .field("draws", r.draws())
                .field("mean_npv_usd", r.meanNpvUsd())
                .field("sd_npv_usd", r.sdNpvUsd())
                .field("p10_npv_usd", r.p10NpvUsd())
                .field("p50_npv_usd", r.p50NpvUsd())
                .field("p90_npv_usd", r.p90NpvUsd())
                .field("min_npv_usd", r.minNpvUsd())
                .field("max_npv_usd", r.maxNpvUsd())
                .field("probability_of_loss", r.probabilityOfLoss());
        json.name("histogram").beginObject()
                .field("lower_usd", r.histogram().lowerUsd())
                .field("upper_usd", r.histogram().upperUsd());
        json.name("counts").beginArray();
        r.histogram().counts().forEach(json::value);
        json.endArray().endObject();
        json.endObject();
    }

    static void siteFinance(JsonWriter json, SiteFinance f) {
        CapexBreakdown c = f.capex();
        json.beginObject()
                .field("strategy", f.buildOut().strategy().key())
                .field("npv_usd", f.npvUsd())
                .field("irr", f.irr())
                .field("payback_years", f.paybackYears())
                .field("construction_capex_usd", f.constructionCapexUsd())
                .field("it_capex_usd", f.itCapexUsd())
                .field("levelised_usd_per_kw_month", f.levelisedUsdPerKwMonth())
                .field("levelised_usd_per_gpu_hour", f.levelisedUsdPerGpuHour())
                .field("ebitda_margin_pct", f.ebitdaMarginPct());
        json.name("capex").beginObject();
        for (Subsystem s : Subsystem.values()) {
            json.field(s.key() + "_usd", c.subsystemUsd().get(s));
        }
        json.field("hard_usd", c.hardUsd()).field("soft_usd", c.softUsd()).field("contingency_usd", c.contingencyUsd())
                .field("land_usd", c.landUsd()).field("total_usd", c.totalUsd())
                .field("per_block_usd_per_kw", c.perBlockUsdPerKw()).field("upfront_usd", c.upfrontUsd())
                .endObject();
        phases(json, f);
        json.name("cash_flow").beginArray();
        for (CashFlowYear y : f.cashFlow()) {
            json.beginObject()
                    .field("year", y.year())
                    .field("online_it_kw", y.onlineItKw())
                    .field("served_it_kw", y.servedItKw())
                    .field("construction_capex_usd", y.constructionCapexUsd())
                    .field("it_capex_usd", y.itCapexUsd())
                    .field("revenue_usd", y.revenueUsd())
                    .field("energy_usd", y.energyUsd())
                    .field("maintenance_usd", y.maintenanceUsd())
                    .field("staffing_usd", y.staffingUsd())
                    .field("insurance_tax_usd", y.insuranceTaxUsd())
                    .field("other_opex_usd", y.otherOpexUsd())
                    .field("ebitda_usd", y.ebitdaUsd())
                    .field("residual_usd", y.residualUsd())
                    .field("net_usd", y.netUsd())
                    .field("cumulative_usd", y.cumulativeUsd())
                    .field("discounted_usd", y.discountedUsd())
                    .endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** The other strategy in brief: enough to compare, not a second full cash flow. */
    static void strategySummary(JsonWriter json, SiteFinance f) {
        json.beginObject()
                .field("strategy", f.buildOut().strategy().key())
                .field("npv_usd", f.npvUsd())
                .field("irr", f.irr())
                .field("construction_capex_usd", f.constructionCapexUsd())
                .field("first_online_month", f.buildOut().firstOnlineMonth())
                .field("stranded_kw_years", f.buildOut().strandedKwYears());
        phases(json, f);
        json.endObject();
    }

    private static void phases(JsonWriter json, SiteFinance f) {
        json.name("phases").beginArray();
        for (Phase p : f.buildOut().phases()) {
            json.beginObject()
                    .field("phase", p.index() + 1)
                    .field("decision_month", p.decisionMonth())
                    .field("online_month", p.onlineMonth())
                    .field("it_kw", p.itKw())
                    .field("cumulative_it_kw", p.cumulativeItKw())
                    .field("capex_usd", f.capex().phaseUsd(p.itKw(), p.index() == 0))
                    .endObject();
        }
        json.endArray();
    }
}
