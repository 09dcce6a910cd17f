package dev.edgeplan.core.finance.capex;

import java.util.EnumMap;
import java.util.Map;

/**
 * The multiplier method (shared/research/facility.md §2.10, the structure of Schneider Electric's capex
 * calculators):
 * <pre>
 * hard_s  = share_s × $/MW × IT MW × location × scale × (1 + liquid premium) × (power-chain factor, critical only)
 * soft    = soft % × Σ hard_s;   contingency = contingency % × (hard + soft);   land = acres × $/acre
 * </pre>
 * At the calibration point (IT MW any size, N+1, air, location 1, scale 1) Σ hard_s = $/MW × IT MW: the
 * Cushman &amp; Wakefield 2025 US average of $11.7 M/MW, which excludes soft costs, contingency and land.
 */
public final class CapexModel {

    private CapexModel() {
    }

    public static CapexBreakdown estimate(CapexInputs in) {
        double base = in.usdPerMwIt() * in.designItKw() / 1000.0 * in.locationIndex() * in.scaleMultiplier()
                * (1.0 + (in.liquidCooled() ? in.liquidPremiumPct() / 100.0 : 0.0));
        Map<Subsystem, Double> bySubsystem = new EnumMap<>(Subsystem.class);
        double hard = 0.0;
        double perBlockHard = 0.0;
        for (Subsystem s : Subsystem.values()) {
            double usd = base * s.share() * (s == Subsystem.CRITICAL_CAPACITY ? in.powerChainFactor() : 1.0);
            bySubsystem.put(s, usd);
            hard += usd;
            if (s.perBlock()) {
                perBlockHard += usd;
            }
        }
        double overhead = (1.0 + in.softCostPct() / 100.0) * (1.0 + in.contingencyPct() / 100.0);
        double soft = hard * in.softCostPct() / 100.0;
        double contingency = (hard + soft) * in.contingencyPct() / 100.0;
        double land = in.landAcres() * in.landUsdPerAcre();
        double perBlockPerKw = in.designItKw() > 0 ? perBlockHard * overhead / in.designItKw() : 0.0;
        double upfront = (hard - perBlockHard) * overhead + land;
        return new CapexBreakdown(bySubsystem, hard, soft, contingency, land, perBlockPerKw, upfront);
    }
}
