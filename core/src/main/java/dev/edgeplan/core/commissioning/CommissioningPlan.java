package dev.edgeplan.core.commissioning;

import java.util.List;

/**
 * Level 1–5 test plan of one site.
 *
 * @param loadBankKw       load bank needed to load the IT space to its design kW
 * @param loadBankType     air, or liquid when the hall is liquid-cooled (liquid loops need liquid load banks)
 */
public record CommissioningPlan(List<CommissioningLevel> levels, double loadBankKw, String loadBankType) {

    public CommissioningPlan {
        levels = List.copyOf(levels);
    }
}
