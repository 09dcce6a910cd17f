package dev.edgeplan.core.plan;

import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.commissioning.CommissioningPlan;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.FacilityYear;
import dev.edgeplan.core.facility.network.SiteNetwork;
import dev.edgeplan.core.finance.SiteEconomics;
import dev.edgeplan.core.finance.SiteFinance;
import dev.edgeplan.core.lifecycle.RefreshStep;
import dev.edgeplan.core.phasing.YearLoad;

import java.util.List;

/**
 * Everything planned for one chosen site.
 *
 * @param finance       build-out and cash flow under the scenario's phasing strategy
 * @param otherStrategy the same site under the other strategy (all at once when phased, and the reverse)
 * @param facilityYears facility energy per year of the horizon
 * @param network       uplinks, diverse paths and nearest exchanges
 * @param refreshes     GPU generations installed over the horizon, with what the facility can take
 * @param economics     the inputs {@code finance} was computed from; risk and what-if analyses re-run them
 */
public record SitePlan(String id, String name, double lat, double lon, double powerAvailableMw,
                       double powerPriceUsdPerKwh, int demandPointsServed, List<WorkloadCapacity> workloads,
                       FacilityDesign facility, List<YearLoad> years, SiteFinance finance,
                       SiteFinance otherStrategy, CommissioningPlan commissioning, List<FacilityYear> facilityYears,
                       SiteNetwork network, List<RefreshStep> refreshes, SiteEconomics economics) {

    public SitePlan {
        workloads = List.copyOf(workloads);
        years = List.copyOf(years);
        facilityYears = List.copyOf(facilityYears);
        refreshes = List.copyOf(refreshes);
    }
}
