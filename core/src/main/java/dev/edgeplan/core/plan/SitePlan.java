package dev.edgeplan.core.plan;

import dev.edgeplan.core.capacity.WorkloadCapacity;
import dev.edgeplan.core.commissioning.CommissioningPlan;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.finance.SiteFinance;
import dev.edgeplan.core.phasing.YearLoad;

import java.util.List;

/** Everything planned for one chosen site. */
public record SitePlan(String id, String name, double lat, double lon, double powerAvailableMw,
                       double powerPriceUsdPerKwh, int demandPointsServed, List<WorkloadCapacity> workloads,
                       FacilityDesign facility, List<YearLoad> years, SiteFinance finance,
                       CommissioningPlan commissioning) {

    public SitePlan {
        workloads = List.copyOf(workloads);
        years = List.copyOf(years);
    }
}
