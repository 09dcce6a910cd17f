package dev.edgeplan.core.facility;

import dev.edgeplan.core.InfeasibleException;
import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.TestCatalog;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.core.scenario.CoolingPreference;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.DesignPolicy;
import dev.edgeplan.core.scenario.Distributed;
import dev.edgeplan.core.scenario.Redundancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FacilityEngineTest {

    @ParameterizedTest(name = "1 MW at {0} kW/rack with {1} kW 1U servers → {2} racks")
    @CsvSource({"5, 1, 200", "8, 1, 125", "20, 1, 50", "40, 2, 25"})
    void seedRuleOfThumbOneMegawattOfRacks(double kwPerRack, double serverKw, int racks) {
        // Seed article: 1 MW of IT at 5–8 kW/rack is 125–200 racks; at 20–40 kW/rack, 25–50 racks.
        // 1U servers keep rack units from binding (38 usable U), so the kW limit alone sets servers per rack.
        ServerModel server = new ServerModel("synthetic", "synthetic 1U", "h200-sxm", 1, serverKw, 0.75, 1, false, false, "test");
        int servers = (int) Math.round(1000 / serverKw);
        FacilityDesign d = FacilityEngine.design("s", servers, server, Scenarios.design(Redundancy.N_PLUS_1, kwPerRack),
                TestCatalog.catalog());
        assertThat(d.itKw()).isEqualTo(1000.0);
        assertThat(d.racks()).isEqualTo(racks);
        assertThat(d.kwPerRack()).isEqualTo(kwPerRack);
    }

    @Test
    void dgxH200RackOfThreeIsContainmentCooled() {
        // floor(40 kW / 10.2 kW) = 3 servers by power; floor(38 U / 8 U) = 4 by space → 3 per rack, 30.6 kW.
        // 30.6 kW is above air (20) and within containment (35) → air_containment, PUE 1.3 in the test catalog.
        FacilityDesign d = FacilityEngine.design("s", 7, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 40),
                TestCatalog.catalog());
        assertThat(d.serversPerRack()).isEqualTo(3);
        assertThat(d.racks()).isEqualTo(3);
        assertThat(d.kwPerRack()).isCloseTo(30.6, within(1e-9));
        assertThat(d.cooling()).isEqualTo(CoolingType.AIR_CONTAINMENT);
        assertThat(d.itKw()).isCloseTo(71.4, within(1e-9));
        assertThat(d.itKwExpected()).isCloseTo(53.55, within(1e-9));
        assertThat(d.facilityKw()).isCloseTo(92.82, within(1e-9));
    }

    @Test
    void densityAboveContainmentGoesLiquid() {
        FacilityDesign d = FacilityEngine.design("s", 8, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 60),
                TestCatalog.catalog());
        // floor(60 / 10.2) = 5 by power, 4 by space → 4 per rack = 40.8 kW > 35 → direct-to-chip.
        assertThat(d.serversPerRack()).isEqualTo(4);
        assertThat(d.cooling()).isEqualTo(CoolingType.DIRECT_TO_CHIP);
    }

    @Test
    void fixedAirCoolingCapsTheRackAtTheAirLimit() {
        DesignPolicy air = new DesignPolicy(Redundancy.N_PLUS_1, 40, CoolingPreference.of(CoolingType.AIR), 20, 35);
        FacilityDesign d = FacilityEngine.design("s", 7, TestCatalog.DGX_H200, air, TestCatalog.catalog());
        // 20 kW / 10.2 kW → 1 server per rack → 7 racks.
        assertThat(d.serversPerRack()).isEqualTo(1);
        assertThat(d.racks()).isEqualTo(7);
        assertThat(d.cooling()).isEqualTo(CoolingType.AIR);
    }

    @Test
    void densityAboveTheColdPlateLimitGoesIntoImmersionTanks() {
        // 1U 10 kW air-cooled servers at a 160 kW rack limit: 16 per rack (38 U allow more) = 160 kW > 140 (cold-plate
        // limit of the catalog) → immersion; at 140 kW the same servers stay on cold plates.
        ServerModel server = new ServerModel("synthetic", "synthetic 1U", "h200-sxm", 1, 10, 0.75, 1, false, false, "test");
        FacilityDesign tanks = FacilityEngine.design("s", 32, server, Scenarios.design(Redundancy.N_PLUS_1, 160),
                TestCatalog.catalog());
        FacilityDesign plates = FacilityEngine.design("s", 28, server, Scenarios.design(Redundancy.N_PLUS_1, 140),
                TestCatalog.catalog());
        assertThat(tanks.kwPerRack()).isEqualTo(160.0);
        assertThat(tanks.cooling()).isEqualTo(CoolingType.IMMERSION);
        assertThat(plates.cooling()).isEqualTo(CoolingType.DIRECT_TO_CHIP);
        // Tanks carry 95 % of IT heat, servers have no fans: TUE = PUE (flat catalog PUE without climate).
        assertThat(tanks.detail().energy().tue()).isEqualTo(tanks.detail().energy().annualPue());
        assertThat(tanks.detail().room().rackMassKg()).isEqualTo(2_300.0);
    }

    @Test
    void forcedImmersionCapsTheTankAtItsCatalogLimitAndRefusesColdPlateServers() {
        ServerModel server = new ServerModel("synthetic", "synthetic 1U", "h200-sxm", 1, 10, 0.75, 1, false, false, "test");
        DesignPolicy immersion = new DesignPolicy(Redundancy.N_PLUS_1, 250, CoolingPreference.of(CoolingType.IMMERSION),
                20, 35);
        FacilityDesign d = FacilityEngine.design("s", 40, server, immersion, TestCatalog.catalog());
        // 200 kW tank limit in the test catalog → 20 servers per tank, 2 tanks.
        assertThat(d.serversPerRack()).isEqualTo(20);
        assertThat(d.racks()).isEqualTo(2);
        ServerModel coldPlate = new ServerModel("nvl", "cold-plate system", "h200-sxm", 72, 120, 0.75, 48, true, true, "test");
        assertThatThrownBy(() -> FacilityEngine.design("s", 1, coldPlate, immersion, TestCatalog.catalog()))
                .isInstanceOf(InfeasibleException.class)
                .hasMessageContaining("built for cold plates");
    }

    @Test
    void distributedFourMakeThreeBuildsFourBlocksEachCarryingAThird() {
        // 1,000 kW IT, 1,300 kW facility. Block IT 333.3 kW → 2 × 200 kW modules (smallest rung carrying it in ≤ 3);
        // block generator load 1,625 / 3 = 541.7 kW → 2 × 500 kW. Four blocks: 8 × 200 = 1,600 kW UPS (as N+1's
        // 4 × 400), 8 × 500 = 4,000 kW gensets (N+1: 4 × 750 = 3,000) → (1,600 + 4,000) / (1,600 + 3,000) = 1.217.
        PowerChain chain = FacilityEngine.powerChain(1000, 1300, Redundancy.DISTRIBUTED, Distributed.FOUR_MAKE_THREE);
        assertThat(chain.upsModuleKw()).isEqualTo(200.0);
        assertThat(chain.upsModulesPerSystem()).isEqualTo(2);
        assertThat(chain.upsModulesNeeded()).isEqualTo(6);
        assertThat(chain.upsModulesInstalled()).isEqualTo(8);
        assertThat(chain.generatorUnitKw()).isEqualTo(500.0);
        assertThat(chain.generatorsInstalled()).isEqualTo(8);
        assertThat(chain.systems()).isEqualTo(4);
        assertThat(chain.systemsNeeded()).isEqualTo(3);
        var options = FacilityEngine.redundancyOptions(1000, 1300, Distributed.FOUR_MAKE_THREE);
        RedundancyOption distributed = options.get(Redundancy.DISTRIBUTED.ordinal());
        assertThat(distributed.installedKwVsNPlus1()).isCloseTo(5600.0 / 4600.0, within(1e-12));
        assertThat(distributed.installedKwVsNPlus1())
                .isLessThan(options.get(Redundancy.TWO_N.ordinal()).installedKwVsNPlus1());
        assertThat(distributed.availability()).isGreaterThan(options.get(Redundancy.N_PLUS_1.ordinal()).availability())
                .isLessThan(options.get(Redundancy.TWO_N.ordinal()).availability());
        assertThat(distributed.tierLike()).isEqualTo("III");
    }

    @Test
    void serverAboveTheRackLimitIsInfeasibleAndNamesTheLimit() {
        assertThatThrownBy(() -> FacilityEngine.design("garland", 1, TestCatalog.DGX_H200,
                Scenarios.design(Redundancy.N_PLUS_1, 8), TestCatalog.catalog()))
                .isInstanceOf(InfeasibleException.class)
                .hasMessageContaining("10.2 kW")
                .extracting(e -> ((InfeasibleException) e).bindingConstraint()).isEqualTo("design.max_kw_per_rack");
    }

    @Test
    void powerChainModulesFollowTheTopology() {
        // 1,200 kW IT: smallest ladder UPS module carrying it in ≤ 3 modules is 400 kW (3 × 400); facility 1,560 kW
        // × 1.25 = 1,950 kW of generator load → 750 kW gensets (3 × 750 = 2,250).
        PowerChain n1 = FacilityEngine.powerChain(1200, 1560, Redundancy.N_PLUS_1);
        assertThat(n1.upsModuleKw()).isEqualTo(400);
        assertThat(n1.upsModulesNeeded()).isEqualTo(3);
        assertThat(n1.upsModulesInstalled()).isEqualTo(4);
        assertThat(n1.generatorLoadKw()).isCloseTo(1950, within(1e-9));
        assertThat(n1.generatorUnitKw()).isEqualTo(750);
        assertThat(n1.generatorsInstalled()).isEqualTo(4);
        assertThat(n1.utilityFeedKw()).isCloseTo(1950, within(1e-9));
        PowerChain twoN = FacilityEngine.powerChain(1200, 1560, Redundancy.TWO_N);
        assertThat(twoN.upsModulesInstalled()).isEqualTo(6);
        assertThat(twoN.generatorsInstalled()).isEqualTo(6);
        PowerChain n = FacilityEngine.powerChain(1200, 1560, Redundancy.N);
        assertThat(n.upsModulesInstalled()).isEqualTo(3);
    }
}
