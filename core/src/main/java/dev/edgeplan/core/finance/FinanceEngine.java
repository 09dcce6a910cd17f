package dev.edgeplan.core.finance;

import dev.edgeplan.core.facility.FacilityDefaults;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.FacilityEngine;
import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.phasing.YearLoad;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.FinanceAssumptions;
import dev.edgeplan.core.scenario.Redundancy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Capex by the $/MW-of-IT method and a yearly cash flow with NPV. The finance issue replaces this with
 * per-subsystem multipliers, tenants, IRR and risk.
 */
public final class FinanceEngine {

    public static final double HOURS_PER_YEAR = 8_760.0;
    static final double MONTHS_PER_YEAR = 12.0;

    private FinanceEngine() {
    }

    /**
     * capex = IT MW × $/MW × site build-cost index × (1 + liquid premium if liquid-cooled)
     * × (1 − s + s × installed power chain ÷ N+1 power chain), s = critical-capacity share of cost.
     */
    public static double capexUsd(FacilityDesign facility, CandidateSite site, FinanceAssumptions finance) {
        double liquid = facility.cooling().isLiquid() ? finance.liquidCoolingPremiumPct() / 100.0 : 0.0;
        return facility.itKw() / 1000.0 * finance.capexUsdPerMwIt() * site.buildCostIndex() * (1.0 + liquid)
                * powerChainFactor(facility);
    }

    static double powerChainFactor(FacilityDesign facility) {
        PowerChain chain = facility.powerChain();
        PowerChain reference = FacilityEngine.powerChain(facility.itKw(), facility.facilityKw(), Redundancy.N_PLUS_1);
        double referenceKw = reference.upsInstalledKw() + reference.generatorInstalledKw();
        if (referenceKw <= 0) {
            return 1.0;
        }
        double share = FacilityDefaults.CRITICAL_CAPACITY_COST_SHARE;
        return 1.0 - share + share * (chain.upsInstalledKw() + chain.generatorInstalledKw()) / referenceKw;
    }

    public static SiteFinance evaluate(FacilityDesign facility, CandidateSite site, List<YearLoad> years,
                                       FinanceAssumptions finance) {
        double capex = capexUsd(facility, site, finance);
        double rate = finance.discountRatePct() / 100.0;
        List<CashFlowYear> flows = new ArrayList<>();
        double cumulative = -capex;
        double npv = -capex;
        OptionalInt payback = OptionalInt.empty();
        for (YearLoad y : years) {
            double revenue = y.itKw() * finance.revenueUsdPerKwMonth() * MONTHS_PER_YEAR;
            double energy = y.itKwExpected() * facility.pue() * HOURS_PER_YEAR * site.powerPriceUsdPerKwh();
            double maintenance = capex * finance.maintenancePctOfCapexPerYear() / 100.0;
            double net = revenue - energy - maintenance;
            cumulative += net;
            double discounted = net / Math.pow(1.0 + rate, y.year() + 1);
            npv += discounted;
            if (payback.isEmpty() && cumulative >= 0) {
                payback = OptionalInt.of(y.year());
            }
            flows.add(new CashFlowYear(y.year(), y.year() == 0 ? capex : 0.0, revenue, energy, maintenance, net,
                    cumulative, discounted));
        }
        double liquidPct = facility.cooling().isLiquid() ? finance.liquidCoolingPremiumPct() : 0.0;
        return new SiteFinance(capex, powerChainFactor(facility), liquidPct, flows, npv, payback);
    }
}
