package dev.edgeplan.core.plan;

import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.commissioning.CommissioningPlan;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.finance.SiteFinance;
import dev.edgeplan.core.phasing.YearLoad;

import java.util.List;

/**
 * Everything planned for one chosen site.
 *
 * @param finance       build-out and cash flow under the scenario's phasing strategy
 * @param otherStrategy the same site under the other strategy (all at once when phased, and the reverse)
 */
public record SitePlan(String id, String name, double lat, double lon, double powerAvailableMw,
                       double powerPriceUsdPerKwh, int demandPointsServed, List<WorkloadCapacity> workloads,
                       FacilityDesign facility, List<YearLoad> years, SiteFinance finance,
                       SiteFinance otherStrategy, CommissioningPlan commissioning) {

    public SitePlan {
        workloads = List.copyOf(workloads);
        years = List.copyOf(years);
    }
}
