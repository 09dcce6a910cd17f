package dev.edgeplan.core.plan;

import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.TestCatalog;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.FacilityEngine;
import dev.edgeplan.core.facility.RedundancyOption;
import dev.edgeplan.core.finance.SiteEconomics;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.core.scenario.Scenario;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SiteEconomicsBuilderTest {

    private static final CandidateSite SITE = Scenarios.site("s", 32.9, -96.6, 50);

    private static SiteEconomics economics(int servers, Redundancy redundancy, double maxKwPerRack) {
        Scenario scenario = Scenarios.dallas(1, redundancy);
        FacilityDesign d = FacilityEngine.design("s", servers, TestCatalog.DGX_H200,
                Scenarios.design(redundancy, maxKwPerRack), TestCatalog.catalog());
        double[] years = new double[3];
        return SiteEconomicsBuilder.build(scenario, SITE, d, TestCatalog.DGX_H200, years, years, years);
    }

    @Test
    void hardCostOfAnNPlusOneAirDesignIsItMegawattsTimesCostPerMegawatt() {
        // 98 DGX H200 × 10.2 kW = 999.6 kW; a 15 kW/rack limit holds one server per rack → air cooling.
        // 0.9996 MW × $11.7 M/MW × index 1.0 × no liquid premium × N+1 power-chain factor 1.0 = $11,695,320.
        SiteEconomics e = economics(98, Redundancy.N_PLUS_1, 15);
        assertThat(e.capex().hardUsd()).isCloseTo(11_695_320.0, within(0.01));
        // plus 11.5 % soft costs and 7.5 % contingency on hard + soft
        assertThat(e.capex().totalUsd()).isCloseTo(11_695_320.0 * 1.115 * 1.075, within(0.01));
    }

    @Test
    void liquidCoolingCarriesThePremium() {
        // 8 servers at 60 kW/rack → direct-to-chip: 81.6 kW × $11,700/kW × 1.085 = $1,035,871.20.
        assertThat(economics(8, Redundancy.N_PLUS_1, 60).capex().hardUsd()).isCloseTo(1_035_871.20, within(0.01));
    }

    @Property
    void twoNNeverCostsLessThanNPlusOneNorNPlusOneLessThanN(@ForAll @IntRange(min = 1, max = 2_000) int servers) {
        double n = economics(servers, Redundancy.N, 40).capex().totalUsd();
        double n1 = economics(servers, Redundancy.N_PLUS_1, 40).capex().totalUsd();
        double twoN = economics(servers, Redundancy.TWO_N, 40).capex().totalUsd();
        assertThat(n1).isGreaterThanOrEqualTo(n);
        assertThat(twoN).isGreaterThanOrEqualTo(n1);
    }

    @Test
    void distributedBlocksScaleTheCriticalCapacityShareByTheirInstalledKw() {
        // 98 × 10.2 kW air-cooled, 4-make-3 blocks: the critical-capacity share (53 %) of the hard cost scales by the
        // blocks' installed UPS + generator kW over N+1's; the other 47 % does not.
        FacilityDesign d = FacilityEngine.design("s", 98, TestCatalog.DGX_H200,
                Scenarios.design(Redundancy.DISTRIBUTED, 15), TestCatalog.catalog());
        double factor = SiteEconomicsBuilder.powerChainFactor(d);
        RedundancyOption option = d.detail().redundancyOptions().get(Redundancy.DISTRIBUTED.ordinal());
        assertThat(factor).isCloseTo(option.installedKwVsNPlus1(), within(1e-12)).isGreaterThan(1.0);
        double nPlus1Hard = economics(98, Redundancy.N_PLUS_1, 15).capex().hardUsd();
        assertThat(economics(98, Redundancy.DISTRIBUTED, 15).capex().hardUsd())
                .isCloseTo(nPlus1Hard * (0.47 + 0.53 * factor), within(0.01))
                .isLessThan(economics(98, Redundancy.TWO_N, 15).capex().hardUsd());
    }
}
