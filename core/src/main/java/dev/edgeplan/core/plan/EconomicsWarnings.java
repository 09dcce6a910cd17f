package dev.edgeplan.core.plan;

import dev.edgeplan.core.finance.revenue.Tenancy;
import dev.edgeplan.core.lifecycle.RefreshStep;
import dev.edgeplan.core.phasing.BuildOut;
import dev.edgeplan.core.scenario.CostTerms;
import dev.edgeplan.core.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a reader of the plan's money should be told. */
final class EconomicsWarnings {

    /** Below this share of online capacity in use, capital is stranded (inference-sizing.md §4.5 warns below 0.3). */
    static final double LOW_UTILIZATION_PCT = 30.0;

    private EconomicsWarnings() {
    }

    static List<String> of(Scenario scenario, List<SitePlan> sites, PlanEconomics economics) {
        List<String> warnings = new ArrayList<>();
        for (SitePlan site : sites) {
            BuildOut build = site.finance().buildOut();
            int firstYear = (int) Math.floor(build.firstOnlineMonth() / 12.0);
            if (firstYear < build.years() && build.onlineItKw()[firstYear] > 0) {
                double usedPct = 100.0 * build.servedItKw()[firstYear] / build.onlineItKw()[firstYear];
                if (usedPct < LOW_UTILIZATION_PCT) {
                    warnings.add(String.format(Locale.ROOT, "site '%s': in year %d, its first year online, load uses "
                                    + "%.0f %% of the capacity online; a smaller first phase would avoid stranded capital",
                            site.id(), firstYear, usedPct));
                }
            }
            double unmetKwYears = 0.0;
            for (double kw : build.unmetItKw()) {
                unmetKwYears += kw;
            }
            if (unmetKwYears > 0.05 * site.facility().itKw()) {
                warnings.add(String.format(Locale.ROOT, "site '%s': demand waits %.0f kW-years for capacity (first "
                                + "phase online at month %.1f); revenue starts only then", site.id(), unmetKwYears,
                        build.firstOnlineMonth()));
            }
        }
        for (SitePlan site : sites) {
            for (RefreshStep r : site.refreshes()) {
                if (!r.fitsDesign()) {
                    List<String> why = new ArrayList<>();
                    if (r.needsLiquid()) {
                        why.add("its server needs direct-to-chip liquid cooling the facility was not built with");
                    }
                    if (r.exceedsRackLimit()) {
                        why.add("one server exceeds design.max_kw_per_rack");
                    }
                    if (r.exceedsDesignItKw()) {
                        why.add(String.format(Locale.ROOT, "the load needs %.0f kW of IT, above the %.0f kW designed",
                                r.itKw(), site.facility().itKw()));
                    }
                    warnings.add(String.format(Locale.ROOT, "site '%s': the year-%d (%d) refresh to %s does not fit the "
                            + "design: %s", site.id(), r.year(), r.calendarYear(), r.acceleratorId(), String.join("; ", why)));
                }
            }
        }
        StrategyOutcome chosen = economics.strategies().get(0);
        StrategyOutcome other = economics.strategies().get(1);
        if (other.npvUsd() > chosen.npvUsd() + 1.0) {
            warnings.add(String.format(Locale.ROOT, "phasing: %s gives a higher NPV (%.1f M USD) than the chosen %s "
                    + "(%.1f M USD)", other.strategy(), other.npvUsd() / 1e6, chosen.strategy(), chosen.npvUsd() / 1e6));
        }
        if (economics.hhi() > Tenancy.HHI_HIGHLY_CONCENTRATED) {
            warnings.add(String.format(Locale.ROOT, "tenants: HHI %.0f is highly concentrated (above %.0f); %s",
                    economics.hhi(), Tenancy.HHI_HIGHLY_CONCENTRATED, scenario.finance().tenants().isEmpty()
                            ? "no tenants are declared, so one anchor tenant takes all capacity (finance.tenants)"
                            : "losing the largest tenant would cut revenue sharply"));
        }
        CostTerms costs = scenario.finance().costs();
        if (costs.otherOpexUsdPerSiteYear() == 0.0) {
            warnings.add("finance: water, network transit and security are not costed "
                    + "(finance.other_opex_usd_per_site_year is 0)");
        }
        return warnings;
    }
}
