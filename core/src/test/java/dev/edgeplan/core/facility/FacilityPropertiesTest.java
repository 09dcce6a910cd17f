package dev.edgeplan.core.facility;

import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.cooling.ClimatePuePropertiesTestAccess;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.Distributed;
import dev.edgeplan.core.scenario.Redundancy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FacilityPropertiesTest {

    private static final MonthlyClimate CLIMATE = ClimatePuePropertiesTestAccess.temperate();

    @Property(tries = 60)
    void moreItLoadNeverNeedsLessPlant(@ForAll @IntRange(min = 1, max = 400) int racks,
                                       @ForAll @IntRange(min = 1, max = 40) int moreRacks,
                                       @ForAll @DoubleRange(min = 5, max = 60) double kwPerRack) {
        for (Redundancy r : Redundancy.values()) {
            FacilityDetail small = FacilityEngine.detail(CoolingType.AIR_CONTAINMENT, racks, kwPerRack, racks * kwPerRack,
                    0.75 * racks * kwPerRack, r, Optional.of(CLIMATE), 1.3);
            FacilityDetail big = FacilityEngine.detail(CoolingType.AIR_CONTAINMENT, racks + moreRacks, kwPerRack,
                    (racks + moreRacks) * kwPerRack, 0.75 * (racks + moreRacks) * kwPerRack, r, Optional.of(CLIMATE), 1.3);
            PowerChain a = FacilityEngine.powerChain(racks * kwPerRack, racks * kwPerRack * small.designPeakPue(), r);
            PowerChain b = FacilityEngine.powerChain((racks + moreRacks) * kwPerRack,
                    (racks + moreRacks) * kwPerRack * big.designPeakPue(), r);
            assertThat(big.electrical().utilityFeedKva()).isGreaterThanOrEqualTo(small.electrical().utilityFeedKva());
            assertThat(b.upsInstalledKw()).isGreaterThanOrEqualTo(a.upsInstalledKw());
            assertThat(b.generatorInstalledKw()).isGreaterThanOrEqualTo(a.generatorInstalledKw());
            assertThat(big.room().whiteSpaceM2()).isGreaterThan(small.room().whiteSpaceM2());
        }
    }

    @Property(tries = 100)
    void moreRedundancyBuysAvailabilityAndNeverCostsLess(@ForAll @DoubleRange(min = 10, max = 20000) double itKw,
                                                         @ForAll @DoubleRange(min = 1.0, max = 2.0) double pue) {
        var options = FacilityEngine.redundancyOptions(itKw, itKw * pue).stream()
                .filter(o -> o.redundancy() != Redundancy.DISTRIBUTED).toList();
        assertThat(options).hasSize(4);
        for (int i = 1; i < options.size(); i++) {
            RedundancyOption less = options.get(i - 1);
            RedundancyOption more = options.get(i);
            assertThat(more.availability()).isGreaterThanOrEqualTo(less.availability());
            assertThat(more.upsInstalledKw()).isGreaterThanOrEqualTo(less.upsInstalledKw());
            assertThat(more.generatorInstalledKw()).isGreaterThanOrEqualTo(less.generatorInstalledKw());
            assertThat(more.installedKwVsNPlus1()).isGreaterThanOrEqualTo(less.installedKwVsNPlus1());
        }
    }

    /**
     * Distributed k-of-n blocks: any k blocks carry the IT and the generator load; availability is never below N+1
     * up to 7 blocks (8-make-7 can fall below it: all seven blocks' gensets and switchgear must hold), and k of k+1
     * blocks never beat 2(N+1).
     */
    @Property(tries = 200)
    void distributedBlocksCarryTheLoadAndSitAboveNPlusOne(@ForAll @DoubleRange(min = 10, max = 20000) double itKw,
                                                          @ForAll @DoubleRange(min = 1.0, max = 2.0) double pue,
                                                          @ForAll @IntRange(min = 2, max = 8) int systems,
                                                          @ForAll @IntRange(min = 1, max = 7) int neededRaw) {
        int needed = Math.min(neededRaw, systems - 1);
        Distributed blocks = new Distributed(systems, needed);
        PowerChain chain = FacilityEngine.powerChain(itKw, itKw * pue, Redundancy.DISTRIBUTED, blocks);
        assertThat(needed * chain.upsModulesPerSystem() * chain.upsModuleKw()).isGreaterThanOrEqualTo(itKw - 1e-9);
        assertThat(needed * chain.generatorsPerSystem() * chain.generatorUnitKw())
                .isGreaterThanOrEqualTo(chain.generatorLoadKw() - 1e-9);
        assertThat(chain.upsModulesInstalled()).isEqualTo(systems * chain.upsModulesPerSystem());
        var options = FacilityEngine.redundancyOptions(itKw, itKw * pue, blocks);
        double nPlus1 = options.get(Redundancy.N_PLUS_1.ordinal()).availability();
        double twoNPlus1 = options.get(Redundancy.TWO_N_PLUS_1.ordinal()).availability();
        double distributed = options.get(Redundancy.DISTRIBUTED.ordinal()).availability();
        if (systems <= 7) {
            assertThat(distributed).isGreaterThanOrEqualTo(nPlus1);
        }
        if (systems == needed + 1) {
            assertThat(distributed).isLessThanOrEqualTo(twoNPlus1);
        }
    }
}
