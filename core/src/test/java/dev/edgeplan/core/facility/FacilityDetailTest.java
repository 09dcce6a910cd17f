package dev.edgeplan.core.facility;

import dev.edgeplan.core.Scenarios;
import dev.edgeplan.core.TestCatalog;
import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.cooling.ClimatePuePropertiesTestAccess;
import dev.edgeplan.core.facility.cooling.PlantRejection;
import dev.edgeplan.core.facility.cooling.ClimatePue;
import dev.edgeplan.core.facility.power.EquipmentItem;
import dev.edgeplan.core.facility.power.TransformerBank;
import dev.edgeplan.core.facility.power.TransformerLosses;
import dev.edgeplan.core.scenario.CoolingPreference;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.DesignPolicy;
import dev.edgeplan.core.scenario.HeatRejection;
import dev.edgeplan.core.scenario.Redundancy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FacilityDetailTest {

    private static final MonthlyClimate CLIMATE = ClimatePuePropertiesTestAccess.temperate();

    private static EquipmentItem item(List<EquipmentItem> list, String kind) {
        return list.stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void climateSetsThePueAndTheDesignDaySizesThePlant() {
        FacilityDesign d = FacilityEngine.design("s", 70, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 40),
                TestCatalog.catalog(), Optional.of(CLIMATE));
        FacilityDetail x = d.detail();
        assertThat(x.energy().fromClimate()).isTrue();
        assertThat(d.pue()).isEqualTo(x.energy().annualPue());
        assertThat(x.designPeakPue()).isGreaterThan(d.pue());
        assertThat(d.facilityKw()).isCloseTo(d.itKw() * x.designPeakPue(), within(1e-9));
        // Feed = facility kW × 1.25 / 0.9; the equipment list repeats the power chain's counts and ratings.
        assertThat(x.electrical().utilityFeedKva()).isCloseTo(d.facilityKw() * 1.25 / 0.9, within(1e-9));
        assertThat(item(x.equipment(), "ups_module").count()).isEqualTo(d.powerChain().upsModulesInstalled());
        assertThat(item(x.equipment(), "ups_module").rating()).isEqualTo(d.powerChain().upsModuleKw());
        assertThat(item(x.equipment(), "generator").count()).isEqualTo(d.powerChain().generatorsInstalled());
        assertThat(item(x.equipment(), "rack_pdu").count()).isEqualTo(2 * d.racks());
        assertThat(x.equipment()).noneMatch(e -> e.kind().equals("cdu"));
        // 48 h of fuel at the peak facility load, 0.27 L/kWh.
        assertThat(x.electrical().fuelLitres()).isCloseTo(d.facilityKw() * 48 * 0.27, within(1e-6));
        assertThat(x.availability().tierLike().key()).isEqualTo("II");
    }

    @Test
    void withoutClimateTheCatalogPueIsUsedFlat() {
        FacilityDesign d = FacilityEngine.design("s", 7, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 40),
                TestCatalog.catalog());
        assertThat(d.detail().energy().fromClimate()).isFalse();
        assertThat(d.pue()).isEqualTo(1.3);
        assertThat(d.detail().energy().monthlyPue()).containsOnly(1.3);
    }

    @Test
    void twoNDoublesTheDistributionAndLiquidAddsCdus() {
        FacilityDetail twoN = FacilityEngine.detail(CoolingType.DIRECT_TO_CHIP, 20, 60, 1200, 900, Redundancy.TWO_N,
                Optional.of(CLIMATE), 1.2);
        FacilityDetail nPlus1 = FacilityEngine.detail(CoolingType.DIRECT_TO_CHIP, 20, 60, 1200, 900, Redundancy.N_PLUS_1,
                Optional.of(CLIMATE), 1.2);
        assertThat(item(twoN.equipment(), "mv_lv_transformer").count())
                .isGreaterThan(item(nPlus1.equipment(), "mv_lv_transformer").count());
        assertThat(item(twoN.equipment(), "floor_pdu").count()).isEqualTo(2 * item(nPlus1.equipment(), "floor_pdu").count());
        assertThat(item(twoN.equipment(), "cdu").count()).isPositive();
        assertThat(twoN.availability().availability()).isGreaterThan(nPlus1.availability().availability());
        assertThat(twoN.room().floorNote()).contains("liquid-cooled");
        assertThat(twoN.availability().gensetSurvival()).hasSize(5);
    }

    @Test
    void lightlyLoadedEarlyYearsShowThePartLoadPenalty() {
        FacilityDesign d = FacilityEngine.design("s", 70, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 40),
                TestCatalog.catalog(), Optional.of(CLIMATE));
        List<FacilityYear> years = FacilityEngine.years(d, Optional.of(CLIMATE), new double[] {0.1 * d.itKwExpected(),
                d.itKwExpected()});
        assertThat(years.get(0).pue()).isGreaterThan(years.get(1).pue());
        assertThat(years.get(1).pue()).isCloseTo(d.pue(), within(1e-12));
    }

    @Test
    void scenarioHeatRejectionReachesPueWaterEquipmentAndEveryYear() {
        DesignPolicy dry = new DesignPolicy(Redundancy.N_PLUS_1, 40, CoolingPreference.AUTO, 20, 35,
                Optional.of(HeatRejection.DRY_COOLER));
        FacilityDesign auto = FacilityEngine.design("s", 70, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 40),
                TestCatalog.catalog(), Optional.of(CLIMATE));
        FacilityDesign d = FacilityEngine.design("s", 70, TestCatalog.DGX_H200, dry, TestCatalog.catalog(),
                Optional.of(CLIMATE));
        assertThat(d.detail().rejection()).isEqualTo(PlantRejection.all(HeatRejection.DRY_COOLER));
        assertThat(d.detail().rejection().describe(d.cooling())).isEqualTo("dry_cooler");
        assertThat(auto.detail().rejection().describe(auto.cooling())).isEqualTo("cooling_tower");
        // Containment-cooled hall: towers evaporate ~2 L/kWh, dry coolers only humidify.
        assertThat(d.detail().energy().wueLPerKwh()).isLessThan(0.1 * auto.detail().energy().wueLPerKwh());
        assertThat(d.pue()).isNotEqualTo(auto.pue());
        assertThat(d.detail().equipment()).anyMatch(e -> e.kind().equals("dry_cooler"))
                .noneMatch(e -> e.kind().equals("cooling_tower_cell"));
        assertThat(auto.detail().equipment()).anyMatch(e -> e.kind().equals("cooling_tower_cell"));
        // The option table evaluates the same whole-plant choice the scenario made.
        assertThat(d.detail().heatRejectionOptions()).filteredOn(o -> o.rejection() == HeatRejection.DRY_COOLER)
                .singleElement().satisfies(o -> assertThat(o.pueAnnual()).isCloseTo(d.pue(), within(1e-12)));
        List<FacilityYear> years = FacilityEngine.years(d, Optional.of(CLIMATE), new double[] {d.itKwExpected()});
        assertThat(years.get(0).pue()).isCloseTo(d.pue(), within(1e-12));
    }

    @Test
    void transformerPartLoadLossesAreInTheDesignDayPue() {
        // Design-day facility power = the plant without transformers + the installed bank's no-load and square-law
        // losses carrying it (at PF 0.9); the bank is the one the equipment list shows, all units energized.
        FacilityDesign d = FacilityEngine.design("s", 70, TestCatalog.DGX_H200, Scenarios.design(Redundancy.N_PLUS_1, 40),
                TestCatalog.catalog(), Optional.of(CLIMATE));
        FacilityDetail x = d.detail();
        TransformerBank bank = x.transformers();
        assertThat(bank.units()).isEqualTo(x.electrical().transformers()).isPositive();
        assertThat(bank.kva()).isEqualTo(x.electrical().transformerKva());
        double ups = d.powerChain().upsInstalledKw();
        double without = ClimatePue.evaluate(d.cooling(), x.rejection(), d.itKw(), ups, TransformerBank.NONE,
                x.room().lightingKw(), CLIMATE).peakPue() * d.itKw();
        double expected = without + TransformerLosses.lossKw(bank.units(), bank.kva(), without / 0.9);
        assertThat(x.designPeakPue() * d.itKw()).isCloseTo(expected, within(1e-9));
        assertThat(x.designPeakPue() * d.itKw() - without).isGreaterThan(bank.units() * TransformerLosses.noLoadKw(bank.kva()));
    }
}
