package dev.edgeplan.core.plan;

import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.FacilityEngine;
import dev.edgeplan.core.facility.PowerChain;
import dev.edgeplan.core.finance.SiteEconomics;
import dev.edgeplan.core.finance.capex.CapexInputs;
import dev.edgeplan.core.finance.capex.CapexModel;
import dev.edgeplan.core.finance.opex.OpexDefaults;
import dev.edgeplan.core.finance.opex.OpexInputs;
import dev.edgeplan.core.finance.revenue.Prices;
import dev.edgeplan.core.finance.revenue.Tenancy;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.CostTerms;
import dev.edgeplan.core.scenario.FinanceAssumptions;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.core.scenario.Scenario;

/** Turns a site's design and yearly load into the inputs of its cash flow. */
final class SiteEconomicsBuilder {

    private SiteEconomicsBuilder() {
    }

    /**
     * @param requiredItKw        [year] nameplate IT kW the site's demand needs
     * @param outputTokensPerYear [year] LLM output tokens asked of the site
     * @param requestsPerYear     [year] requests of per-sample workloads asked of the site
     */
    static SiteEconomics build(Scenario scenario, CandidateSite site, FacilityDesign facility, ServerModel server,
                               double[] requiredItKw, double[] outputTokensPerYear, double[] requestsPerYear) {
        FinanceAssumptions f = scenario.finance();
        CostTerms c = f.costs();
        CapexInputs capex = new CapexInputs(facility.itKw(), f.capexUsdPerMwIt(), facility.cooling().isLiquid(),
                f.liquidCoolingPremiumPct(), powerChainFactor(facility), site.buildCostIndex(), c.scaleMultiplier(),
                c.landAcresPerSite(), c.landUsdPerAcre(), c.softCostPct(), c.contingencyPct());
        double fte = c.staffing() == CostTerms.Staffing.ON_SITE_24X7 ? OpexDefaults.FTE_PER_24X7_POST
                : OpexDefaults.FTE_REMOTE_SITE;
        OpexInputs opex = new OpexInputs(facility.pue(), site.powerPriceUsdPerKwh(), c.demandChargeUsdPerKwMonth(),
                f.maintenancePctOfCapexPerYear(), fte, c.usdPerFteYear(), c.insuranceTaxPctOfCapexPerYear(),
                c.otherOpexUsdPerSiteYear());
        Prices prices = new Prices(f.revenueUsdPerKwMonth(), f.revenue().usdPerGpuHour(), f.revenue().gpuHoursSoldPct(),
                f.revenue().usdPerMillionTokens().orElse(0.0), f.revenue().usdPerThousandRequests());
        double itUsdPerKw = f.revenue().serverPriceUsd().orElse(0.0) / server.nameplateKw();
        return new SiteEconomics(site.id(), requiredItKw, facility.itKw(), scenario.phasing(),
                CapexModel.estimate(capex), opex, server.loadedKw() / server.nameplateKw(),
                server.acceleratorsPerServer() / server.nameplateKw(), itUsdPerKw, f.revenue().itRefreshYears(),
                f.revenue().model(), prices, new Tenancy(f.tenants()), outputTokensPerYear, requestsPerYear,
                f.discountRatePct(), c.residualAtBookValue());
    }

    /** Installed UPS + generator kW ÷ those of an N+1 chain for the same load: scales the critical-capacity cost. */
    static double powerChainFactor(FacilityDesign facility) {
        PowerChain chain = facility.powerChain();
        PowerChain reference = FacilityEngine.powerChain(facility.itKw(), facility.facilityKw(), Redundancy.N_PLUS_1);
        double referenceKw = reference.upsInstalledKw() + reference.generatorInstalledKw();
        return referenceKw > 0 ? (chain.upsInstalledKw() + chain.generatorInstalledKw()) / referenceKw : 1.0;
    }
}
