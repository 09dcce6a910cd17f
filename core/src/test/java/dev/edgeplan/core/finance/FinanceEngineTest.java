package dev.edgeplan.core.finance;

import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.TestCatalog;
import dev.edgeplan.core.facility.FacilityDesign;
import dev.edgeplan.core.facility.FacilityEngine;
import dev.edgeplan.core.phasing.YearLoad;
import dev.edgeplan.core.scenario.CandidateSite;
import dev.edgeplan.core.scenario.Redundancy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FinanceEngineTest {

    private static final CandidateSite SITE = Scenarios.site("s", 32.9, -96.6, 50);

    @Test
    void capexIsItMegawattsTimesCostPerMegawattForAnNPlusOneAirDesign() {
        // 98 DGX H200 × 10.2 kW = 999.6 kW; a 15 kW/rack limit holds one 10.2 kW server per rack → air cooling.
        FacilityDesign d = FacilityEngine.design("s", 98, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 15),
                TestCatalog.catalog());
        // 0.9996 MW × $11.7 M/MW × index 1.0 × no liquid premium × N+1 power-chain factor 1.0 = $11,695,320.
        assertThat(FinanceEngine.capexUsd(d, SITE, Scenarios.finance())).isCloseTo(11_695_320.0, within(0.01));
    }

    @Test
    void liquidCoolingCarriesThePremium() {
        FacilityDesign d = FacilityEngine.design("s", 8, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 60),
                TestCatalog.catalog());
        // 81.6 kW × $11,700/kW × 1.085 = $1,035,871.20.
        assertThat(FinanceEngine.capexUsd(d, SITE, Scenarios.finance())).isCloseTo(1_035_871.20, within(0.01));
    }

    @Test
    void cashFlowAndNpvFollowTheTextbookFormulas() {
        FacilityDesign d = FacilityEngine.design("s", 1, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 40),
                TestCatalog.catalog());
        // One 10.2 kW server, containment (PUE 1.3). Capex 10.2 kW × $11,700 = $119,340.
        // Revenue 10.2 × 184.06 × 12 = 22,528.944; energy 7.65 kW × 1.3 × 8,760 × 0.08 = 6,969.456;
        // maintenance 3 % × 119,340 = 3,580.2; net 11,979.288 per year.
        List<YearLoad> years = List.of(new YearLoad(0, 1, 4, 1, 10.2, 7.65, 10.2, 0),
                new YearLoad(1, 1, 4, 1, 10.2, 7.65, 10.2, 0));
        SiteFinance f = FinanceEngine.evaluate(d, SITE, years, Scenarios.finance());
        assertThat(f.capexUsd()).isCloseTo(119_340.0, within(1e-6));
        assertThat(f.cashFlow().get(0).revenueUsd()).isCloseTo(22_528.944, within(1e-6));
        assertThat(f.cashFlow().get(0).energyUsd()).isCloseTo(6_969.456, within(1e-6));
        assertThat(f.cashFlow().get(0).maintenanceUsd()).isCloseTo(3_580.2, within(1e-6));
        assertThat(f.cashFlow().get(1).cumulativeUsd()).isCloseTo(-119_340 + 2 * 11_979.288, within(1e-6));
        // NPV = −119,340 + 11,979.288 / 1.07 + 11,979.288 / 1.07² = −97,681.23
        assertThat(f.npvUsd()).isCloseTo(-119_340 + 11_979.288 / 1.07 + 11_979.288 / (1.07 * 1.07), within(1e-6));
        assertThat(f.paybackYear()).isEmpty();
    }

    @Property
    void twoNNeverCostsLessThanNPlusOneNorNPlusOneLessThanN(@ForAll @IntRange(min = 1, max = 2_000) int servers) {
        double n = capex(servers, Redundancy.N);
        double n1 = capex(servers, Redundancy.N_PLUS_1);
        double twoN = capex(servers, Redundancy.TWO_N);
        assertThat(n1).isGreaterThanOrEqualTo(n);
        assertThat(twoN).isGreaterThanOrEqualTo(n1);
    }

    private static double capex(int servers, Redundancy redundancy) {
        FacilityDesign d = FacilityEngine.design("s", servers, TestCatalog.DGX_H200, Scenarios.design(redundancy, 40),
                TestCatalog.catalog());
        return FinanceEngine.capexUsd(d, SITE, Scenarios.finance());
    }
}
