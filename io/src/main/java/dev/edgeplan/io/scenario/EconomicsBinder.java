package dev.edgeplan.io.scenario;

import dev.edgeplan.core.finance.Drivers;
import dev.edgeplan.core.finance.PlanRisk;
import dev.edgeplan.core.finance.revenue.RevenueModel;
import dev.edgeplan.core.finance.revenue.Tenant;
import dev.edgeplan.core.finance.risk.Distribution;
import dev.edgeplan.core.finance.risk.RiskDriver;
import dev.edgeplan.core.phasing.LeadTimes;
import dev.edgeplan.core.phasing.PhasingPolicy;
import dev.edgeplan.core.scenario.CostTerms;
import dev.edgeplan.core.scenario.FinanceAssumptions;
import dev.edgeplan.core.scenario.RevenueTerms;
import dev.edgeplan.core.scenario.RiskAssumptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Binds the money side of a scenario: {@code finance}, {@code phasing} and {@code risk}. */
final class EconomicsBinder {

    private final Problems problems;

    EconomicsBinder(Problems problems) {
        this.problems = problems;
    }

    FinanceAssumptions finance(MappingReader m) {
        RevenueModel model = RevenueModel.of(m.enumValue("revenue_model"));
        OptionalDouble perMillionTokens = optional(m, "usd_per_million_tokens");
        OptionalDouble serverPrice = optional(m, "server_price_usd");
        if (model == RevenueModel.TOKENS && perMillionTokens.isEmpty()) {
            problems.add(m.position("revenue_model"), m.path("usd_per_million_tokens"),
                    "revenue_model tokens needs usd_per_million_tokens (the price per million output tokens)");
        }
        if (model.operatorOwnsIt() && serverPrice.isEmpty()) {
            problems.add(m.position("revenue_model"), m.path("server_price_usd"), "revenue_model " + model.key()
                    + " means the operator buys the IT: give server_price_usd (e.g. 350000 for an 8-GPU H100 server, "
                    + "acnewkirk's assumption)");
        }
        RevenueTerms revenue = new RevenueTerms(model, m.number("usd_per_gpu_hour"), m.number("gpu_hours_sold_pct"),
                perMillionTokens, m.number("usd_per_thousand_requests"), serverPrice, (int) m.integer("it_refresh_years"));
        CostTerms costs = new CostTerms(m.number("soft_cost_pct"), m.number("contingency_pct"),
                m.number("scale_multiplier"), m.number("land_acres_per_site"), m.number("land_usd_per_acre"),
                Arrays.stream(CostTerms.Staffing.values()).filter(s -> s.key().equals(m.enumValue("staffing")))
                        .findFirst().orElse(CostTerms.Staffing.REMOTE),
                m.number("usd_per_fte_year"), m.number("insurance_tax_pct_of_capex_per_year"),
                m.number("demand_charge_usd_per_kw_month"), m.number("other_opex_usd_per_site_year"),
                m.enumValue("residual_value").equals("book"));
        return new FinanceAssumptions(m.number("capex_usd_per_mw_it"), m.number("liquid_cooling_premium_pct"),
                m.number("default_power_price_usd_per_kwh"), m.number("discount_rate_pct"),
                m.number("revenue_usd_per_kw_month"), m.number("maintenance_pct_of_capex_per_year"), revenue, costs,
                tenants(m));
    }

    private List<Tenant> tenants(MappingReader finance) {
        List<Tenant> tenants = new ArrayList<>();
        double total = 0.0;
        for (MappingReader t : finance.children("tenants")) {
            double share = t.number("share_pct");
            double term = t.number("contract_years");
            double renewal = t.number("renewal_pct");
            if (Double.isFinite(share) && Double.isFinite(term) && Double.isFinite(renewal)) {
                tenants.add(new Tenant(t.optString("name").orElse(""), share, term, renewal));
                total += share;
            }
        }
        if (total > 100.0 + 1e-9) {
            problems.add(finance.position("tenants"), finance.path("tenants"), String.format(Locale.ROOT,
                    "tenant share_pct values add up to %s %%; they must not exceed 100", Range.show(total)));
            return List.of();
        }
        return tenants;
    }

    PhasingPolicy phasing(MappingReader m) {
        PhasingPolicy.Strategy strategy = Arrays.stream(PhasingPolicy.Strategy.values())
                .filter(s -> s.key().equals(m.enumValue("strategy"))).findFirst().orElse(PhasingPolicy.Strategy.PHASED);
        LeadTimes lead = new LeadTimes(m.number("grid_months"), m.number("permitting_months"),
                m.number("construction_months"), m.number("equipment_months"), m.number("expansion_months"));
        return new PhasingPolicy(strategy, m.number("block_mw") * 1000.0, m.number("trigger_utilization_pct"), lead);
    }

    RiskAssumptions risk(MappingReader m) {
        Map<String, RiskDriver> drivers = new LinkedHashMap<>();
        PlanRisk.defaultDrivers().forEach(d -> drivers.put(d.id(), d));
        Ids ids = new Ids("risk driver", problems);
        for (MappingReader d : m.children("drivers")) {
            String id = d.enumValue("id");
            ids.add(id, d.position("id"), d.path("id"));
            double min = d.number("min");
            double mode = d.number("mode");
            double max = d.number("max");
            if (!(min <= mode && mode <= max && min < max)) {
                problems.add(d.start(), d.path(), "expected min ≤ mode ≤ max with min < max, got " + Range.show(min)
                        + ", " + Range.show(mode) + ", " + Range.show(max));
                continue;
            }
            if (Arrays.asList(Drivers.NAMES).contains(id)) {
                RiskDriver base = drivers.get(id);
                drivers.put(id, RiskDriver.symmetric(id, base.label(), d.number("tornado_change_pct") / 100.0,
                        new Distribution.Triangular(min, mode, max)));
            }
        }
        return new RiskAssumptions((int) m.integer("draws"), List.copyOf(drivers.values()));
    }

    private static OptionalDouble optional(MappingReader m, String key) {
        return m.optNumber(key).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
