package dev.edgeplan.core.plan;

import dev.edgeplan.core.facility.FacilityDefaults;
import dev.edgeplan.core.scenario.LatencyPercentile;
import dev.edgeplan.core.scenario.Scenario;
import dev.edgeplan.core.catalog.ServerModel;

import java.util.List;

/** The numbers a plan rests on, as the scenario resolved them, with where the defaults come from. */
final class PlanAssumptions {

    private PlanAssumptions() {
    }

    static List<Assumption> of(Scenario s, ServerModel server) {
        return List.of(
                new Assumption("hardware.target_utilization_pct", s.hardware().targetUtilizationPct(), "%",
                        "default 80: ρ_max 0.8, shared research inference-sizing §4.2"),
                new Assumption("hardware.software_efficiency_pct", s.hardware().softwareEfficiencyPct(), "%",
                        "default 70 (range 50–100): production stack vs vendor-tuned MLPerf; same 8×H100 gained 44 % v4.0→v5.0"),
                new Assumption("server.nameplate_kw", server.nameplateKw(), "kW", server.source()),
                new Assumption("server.load_fraction", server.loadFraction(), "ratio", server.source()),
                new Assumption("design.max_kw_per_rack", s.design().maxKwPerRack(), "kW", "scenario (default 40: top of the 20–40 kW inference band)"),
                new Assumption("design.air_max_kw_per_rack", s.design().airMaxKwPerRack(), "kW",
                        "default 20: Uptime density survey; Schneider; shared research facility §2.6"),
                new Assumption("design.containment_max_kw_per_rack", s.design().containmentMaxKwPerRack(), "kW",
                        "default 35: air with containment or RDHx; seed article: air tops out near 30 kW"),
                new Assumption("facility.rack_usable_u", FacilityDefaults.RACK_HEIGHT_U - FacilityDefaults.RACK_RESERVED_U, "U",
                        "42U rack less 4U for top-of-rack network and patching"),
                new Assumption("facility.generator_motor_start_margin", FacilityDefaults.GENERATOR_MOTOR_START_MARGIN, "ratio",
                        "public calculator rule, generator = IT × PUE × 1.25 (engineering-calculators.pages.dev)"),
                new Assumption("facility.utility_continuous_load_factor", FacilityDefaults.UTILITY_CONTINUOUS_LOAD_FACTOR, "ratio",
                        "NEC 125 % continuous-load rule (Schneider WP 3)"),
                new Assumption("finance.capex_usd_per_mw_it", s.finance().capexUsdPerMwIt(), "USD/MW",
                        "default 11.7 M: Cushman & Wakefield Data Center Development Cost Guide 2025, US 19-market average"),
                new Assumption("finance.liquid_cooling_premium_pct", s.finance().liquidCoolingPremiumPct(), "%",
                        "default 8.5: US AI/liquid premium 7–10 %, Turner & Townsend DC Cost Index 2025–26"),
                new Assumption("finance.revenue_usd_per_kw_month", s.finance().revenueUsdPerKwMonth(), "USD/kW-month",
                        "default 184.06: CBRE North America wholesale colocation 250–500 kW, H2 2024"),
                new Assumption("finance.discount_rate_pct", s.finance().discountRatePct(), "%", "default 7 (acnewkirk microgrid analysis config)"),
                new Assumption("finance.maintenance_pct_of_capex_per_year", s.finance().maintenancePctOfCapexPerYear(), "%",
                        "default 2.1: M&E service contracts 2–4 % of M&E capex per year × M&E ≈ 70 % of construction"),
                new Assumption("finance.soft_cost_pct", s.finance().costs().softCostPct(), "%", "default 11.5: 8–15 % [R]"),
                new Assumption("finance.contingency_pct", s.finance().costs().contingencyPct(), "%", "default 7.5: 5–10 % [R]"),
                new Assumption("finance.insurance_tax_pct_of_capex_per_year", s.finance().costs().insuranceTaxPctOfCapexPerYear(),
                        "%", "default 1.5: 1–2 % of asset value [R]"),
                new Assumption("finance.usd_per_fte_year", s.finance().costs().usdPerFteYear(), "USD",
                        "default 107,300: CompTIA median technician pay $75,100 (2024) ÷ 0.70 wage share (BLS ECEC)"),
                new Assumption("phasing.block_mw", s.phasing().blockItKw() / 1000.0, "MW", "default 0.5: the issue's 0.5–1 MW blocks"),
                new Assumption("phasing.first_phase_months", s.phasing().leadTimes().firstPhaseMonths(s.phasing().blockItKw() / 1000.0),
                        "months", "default max(4 permitting + 7 construction, 10.8 switchgear): cortexconstruct.com; Cushman & Wakefield 2025"),
                new Assumption("phasing.expansion_months", s.phasing().leadTimes().expansionMonths(), "months",
                        "default 8: UPS/generator/chiller lead times 28–40 weeks, Cushman & Wakefield 2025"),
                new Assumption("network.fiber_km_per_ms", s.network().fiberKmPerMs(), "km/ms", "default 204: c / 1.468 (Corning SMF-28 group index)"),
                new Assumption("network.route_factor", s.network().routeFactor(), "ratio",
                        "default 1.6: fits of measured cloud-backbone RTTs, k = 1.53–1.66"),
                new Assumption("network.core_fixed_ms", s.network().coreFixedMs(), "ms", "default 5: same fits, c = 4.1–6.3 ms"),
                new Assumption("network.route_factor_p90", s.network().routeFactorP90(), "ratio",
                        "default 2.0: conservative profile, 1,000–2,500 km band median of measured route factors"),
                new Assumption("network.core_fixed_ms_p90", s.network().coreFixedMsP90(), "ms",
                        "default 9: p90 of the residuals with route factor 2.0 (9.2 ms)"),
                new Assumption("network.slo_check_percentile", s.network().sloCheck() == LatencyPercentile.P90 ? 90 : 50,
                        "percentile", "SLO coverage and the RTT figures use this estimate (network.slo_check, default p90; "
                        + "docs/network.md)"));
    }
}
