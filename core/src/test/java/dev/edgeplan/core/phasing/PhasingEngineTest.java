package dev.edgeplan.core.phasing;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PhasingEngineTest {

    /** Lead times of the seed's claim: a 1.5 MW phase in 12 months, a 3 MW build in 24 (modelled as 2 × 12). */
    private static final LeadTimes SEED = new LeadTimes(0, 0, 12, 0, 12);

    @Test
    void defaultFirstPhaseIsTheSlowestPath() {
        LeadTimes lead = LeadTimes.defaults();
        // permitting 4 + construction 7 = 11 months vs switchgear 10.8 months
        assertThat(lead.firstPhaseMonths(1.0)).isEqualTo(11.0);
        // a 10 MW first phase is in the 5–15 MW class: 15 months in total (cortexconstruct midpoint)
        assertThat(lead.firstPhaseMonths(10.0)).isCloseTo(15.0, within(1e-9));
        assertThat(lead.firstPhaseMonths(40.0)).isCloseTo(25.0, within(1e-9));
        assertThat(new LeadTimes(24, 4, 7, 10.8, 8).firstPhaseMonths(1.0)).isEqualTo(24.0);
    }

    @Test
    void phasedBuildTracksGrowingDemand() {
        // 1 MW in year 0 doubling yearly to the 4 MW design; 1 MW blocks; 80 % trigger; 11-month first phase.
        double[] required = {1000, 2000, 4000, 4000};
        PhasingPolicy policy = new PhasingPolicy(PhasingPolicy.Strategy.PHASED, 1000, 80, LeadTimes.defaults());
        BuildOut b = PhasingEngine.plan(required, 4000, policy);
        // month 0: need at month 11 is 1,000 > 0 → one block; 1,000 > 0.8 × 1,000 → a second block
        assertThat(b.phases().get(0).itKw()).isEqualTo(2000);
        assertThat(b.phases().get(0).onlineMonth()).isEqualTo(11.0);
        assertThat(b.totalItKw()).isEqualTo(4000);
        assertThat(b.phases()).extracting(Phase::cumulativeItKw).isSorted();
        // year 0: online one month of twelve, serving 1,000 kW that month
        assertThat(b.onlineItKw()[0]).isCloseTo(2000.0 / 12, within(1e-9));
        assertThat(b.servedItKw()[0]).isCloseTo(1000.0 / 12, within(1e-9));
        assertThat(b.unmetItKw()[0]).isCloseTo(1000.0 * 11 / 12, within(1e-9));
        for (int y = 0; y < required.length; y++) {
            assertThat(b.onlineItKw()[y]).isCloseTo(b.servedItKw()[y] + b.strandedItKw()[y], within(1e-9));
            assertThat(required[y]).isCloseTo(b.servedItKw()[y] + b.unmetItKw()[y], within(1e-9));
        }
    }

    @Test
    void seedClaimPhasedIsOnlineSoonerAndStrandsLess() {
        // 1.5 MW needed from the start, growing to 3 MW: phased 0.5 MW blocks (a 1.5 MW first phase) vs 3 MW at once.
        double[] required = {1500, 1500, 2000, 3000, 3000};
        PhasingPolicy phased = new PhasingPolicy(PhasingPolicy.Strategy.PHASED, 500, 100, SEED);
        BuildOut p = PhasingEngine.plan(required, 3000, phased);
        BuildOut all = PhasingEngine.plan(required, 3000,
                new PhasingPolicy(PhasingPolicy.Strategy.ALL_AT_ONCE, 1500, 100, new LeadTimes(0, 0, 24, 0, 12)));
        assertThat(p.firstOnlineMonth()).isEqualTo(12.0);
        assertThat(all.firstOnlineMonth()).isEqualTo(24.0);
        assertThat(p.phases().get(0).itKw()).isEqualTo(1500);
        assertThat(p.phases()).hasSize(3);
        assertThat(sum(p.servedItKw())).isGreaterThan(sum(all.servedItKw()));
        assertThat(p.strandedKwYears()).isLessThan(all.strandedKwYears());
    }

    @Test
    void aLargerFirstPhaseTakesLonger() {
        double[] small = {2000, 2000};
        double[] large = {8000, 8000};
        PhasingPolicy policy = new PhasingPolicy(PhasingPolicy.Strategy.PHASED, 1000, 80, LeadTimes.defaults());
        assertThat(PhasingEngine.plan(small, 2000, policy).firstOnlineMonth()).isEqualTo(11.0);
        assertThat(PhasingEngine.plan(large, 8000, policy).firstOnlineMonth()).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void commissioningDelaysEachPhaseByItsOwnDuration() {
        double[] required = {1000, 2000, 3000};
        // first phase 2 months of commissioning, expansions 0.5 month per 1,000 kW they add
        CommissioningTime cx = (built, added) -> built == 0 ? 2.0 : 0.5 * added / 1000.0;
        PhasingPolicy without = new PhasingPolicy(PhasingPolicy.Strategy.PHASED, 1000, 80, LeadTimes.defaults());
        BuildOut plain = PhasingEngine.plan(required, 3000, without);
        BuildOut commissioned = PhasingEngine.plan(required, 3000, without.withCommissioning(cx));
        assertThat(commissioned.firstOnlineMonth()).isEqualTo(plain.firstOnlineMonth() + 2.0);
        for (Phase p : commissioned.phases()) {
            double lead = p.onlineMonth() - p.decisionMonth();
            assertThat(lead).isEqualTo(p.index() == 0 ? 11.0 + 2.0 : 8.0 + 0.5 * p.itKw() / 1000.0);
        }
        BuildOut atOnce = PhasingEngine.plan(required, 3000,
                without.withCommissioning(cx).withStrategy(PhasingPolicy.Strategy.ALL_AT_ONCE));
        assertThat(atOnce.firstOnlineMonth()).isEqualTo(11.0 + 2.0);
    }

    @Test
    void noDemandBuildsNothing() {
        BuildOut b = PhasingEngine.plan(new double[] {0, 0}, 1000, PhasingPolicy.defaults());
        assertThat(b.phases()).isEmpty();
        assertThat(b.strandedKwYears()).isZero();
    }

    /** Within the edge size class lead times do not depend on size; beyond it, more demand may come online later. */
    @Property
    void phasesNeverExceedTheDesignAndMoreDemandNeverServesLess(
            @ForAll @DoubleRange(min = 0, max = 2000) double y0, @ForAll @DoubleRange(min = 0, max = 2) double growth,
            @ForAll @DoubleRange(min = 0, max = 500) double extra, @ForAll @DoubleRange(min = 100, max = 1000) double block) {
        // first phases stay below 2,500 / 0.8 + one block ≤ 4.2 MW: inside the edge class
        double[] required = new double[6];
        for (int y = 0; y < required.length; y++) {
            required[y] = y0 * Math.pow(1 + growth, y);
        }
        double design = Arrays.stream(required).max().orElse(0);
        PhasingPolicy policy = new PhasingPolicy(PhasingPolicy.Strategy.PHASED, block, 80, LeadTimes.defaults());
        BuildOut b = PhasingEngine.plan(required, design, policy);
        assertThat(b.totalItKw()).isLessThanOrEqualTo(design + 1e-6);
        double[] more = required.clone();
        for (int y = 0; y < more.length; y++) {
            more[y] += extra;
        }
        BuildOut bigger = PhasingEngine.plan(more, design + extra, policy);
        for (int y = 0; y < required.length; y++) {
            assertThat(bigger.servedItKw()[y]).isGreaterThanOrEqualTo(b.servedItKw()[y] - 1e-6);
        }
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }
}
