package dev.edgeplan.core.facility.availability;

import dev.edgeplan.core.scenario.Redundancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AvailabilityTest {

    @Test
    void kOfNClosedForms() {
        // 2-of-3 = 3A² − 2A³; 1-of-2 = 1 − (1 − A)²; n-of-n = Aⁿ.
        double a = 0.97;
        assertThat(Rbd.kOfN(2, 3, a)).isCloseTo(3 * a * a - 2 * a * a * a, within(1e-15));
        assertThat(Rbd.kOfN(1, 2, a)).isCloseTo(1 - (1 - a) * (1 - a), within(1e-15));
        assertThat(Rbd.kOfN(4, 4, a)).isCloseTo(Math.pow(a, 4), within(1e-15));
        assertThat(Rbd.kOfN(3, 4, a)).isCloseTo(4 * Math.pow(a, 3) - 3 * Math.pow(a, 4), within(1e-15));
    }

    @Test
    void moduleLevelTwoNCanFallBelowNPlusOne() {
        // facility.md key finding 5: modules of 0.99 with N = 2.
        assertThat(ModuleAvailability.of(Redundancy.N_PLUS_1, 2, 0.99)).isCloseTo(0.999702, within(5e-7));
        assertThat(ModuleAvailability.of(Redundancy.TWO_N, 2, 0.99)).isCloseTo(0.999604, within(5e-7));
        assertThat(ModuleAvailability.of(Redundancy.N, 2, 0.99)).isCloseTo(0.9801, within(1e-12));
        // Pooled 2-of-4 (not how edgeplan models 2N) would be 0.999996.
        assertThat(ModuleAvailability.distributed(2, 4, 0.99)).isCloseTo(0.999996, within(5e-7));
        assertThat(ModuleAvailability.of(Redundancy.TWO_N_PLUS_1, 2, 0.99))
                .isGreaterThan(ModuleAvailability.of(Redundancy.N_PLUS_1, 2, 0.99));
    }

    @Test
    void withSeriesElementsPerPathTwoNBeatsNPlusOne() {
        // Same modules, but each path has its switchgear and PDU (0.999 together): the independent second
        // path now covers the series elements N+1 shares.
        double nPlus1 = SiteAvailability.paths(Redundancy.N_PLUS_1, 2, 0.99, 0, 1.0, 0.999);
        double twoN = SiteAvailability.paths(Redundancy.TWO_N, 2, 0.99, 0, 1.0, 0.999);
        assertThat(nPlus1).isCloseTo(0.999 * 0.999702, within(1e-6));
        assertThat(twoN).isGreaterThan(nPlus1);
        // With near-perfect series elements (0.99999) the module effect dominates again and N+1 wins.
        assertThat(SiteAvailability.paths(Redundancy.TWO_N, 2, 0.99, 0, 1.0, 0.99999))
                .isLessThan(SiteAvailability.paths(Redundancy.N_PLUS_1, 2, 0.99, 0, 1.0, 0.99999));
    }

    @ParameterizedTest(name = "Tier {0}: {1} → {3} h implied")
    @CsvSource({"I, 0.99671, 28.8, 28.82", "II, 0.99741, 22.0, 22.69", "III, 0.99982, 1.6, 1.58", "IV, 0.99995, 0.4, 0.44"})
    void tierAvailabilityAndDowntime(UptimeTier tier, double availability, double quotedH, double impliedH) {
        assertThat(tier.quotedAvailability()).isEqualTo(availability);
        assertThat(tier.quotedDowntimeH()).isEqualTo(quotedH);
        assertThat(tier.impliedDowntimeH()).isCloseTo(impliedH, within(0.005));
    }

    @Test
    void tierTwoQuotedDowntimeIsInconsistentWithItsAvailability() {
        // The white paper prints 22.0 h, but (1 − 0.99741) × 8760 = 22.7 h; the other three agree to 0.05 h.
        assertThat(UptimeTier.II.impliedDowntimeH() - UptimeTier.II.quotedDowntimeH()).isGreaterThan(0.6);
        for (UptimeTier t : new UptimeTier[] {UptimeTier.I, UptimeTier.III, UptimeTier.IV}) {
            assertThat(t.impliedDowntimeH()).isCloseTo(t.quotedDowntimeH(), within(0.05));
        }
    }

    @Test
    void gensetSurvivalMatchesTheReoptFormula() {
        double p = 0.995 * (1 - 0.0094) * Math.pow(1 - 1 / 1100.0, 48);
        assertThat(GensetSurvival.probability(3, 2, 48)).isCloseTo(3 * p * p - 2 * p * p * p, within(1e-12));
        assertThat(GensetSurvival.probability(3, 2, 48)).isCloseTo(0.99082, within(5e-5));
        // Marqusee & Jenket: a single well-maintained standby diesel ≈ 80 % likely to carry a two-week outage.
        assertThat(GensetSurvival.probability(1, 1, 336)).isCloseTo(0.72, within(0.01));
    }

    @Test
    void maintenanceWeightsTheTimeOneUnitIsOut() {
        double a = 0.999;
        double expected = (Rbd.kOfN(2, 3, a) * (8760 - 24) + Rbd.kOfN(2, 2, a) * 24) / 8760;
        // One path, N+1 with 2 needed: 3 modules × 8 h a year spent as 2-of-2 (wlouer/UTL000011 screening-tool form).
        assertThat(SiteAvailability.paths(Redundancy.N_PLUS_1, 2, a, 8, 1.0, 1.0)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void siteAvailabilityOrdersTheTopologies() {
        double n = SiteAvailability.of(Redundancy.N, 2, 2, 2).availability();
        double nPlus1 = SiteAvailability.of(Redundancy.N_PLUS_1, 2, 2, 3).availability();
        double twoN = SiteAvailability.of(Redundancy.TWO_N, 2, 2, 4).availability();
        double twoNPlus1 = SiteAvailability.of(Redundancy.TWO_N_PLUS_1, 2, 2, 6).availability();
        assertThat(n).isLessThan(nPlus1);
        assertThat(nPlus1).isLessThan(twoN);
        assertThat(twoN).isLessThanOrEqualTo(twoNPlus1);
        assertThat(SiteAvailability.of(Redundancy.TWO_N, 2, 2, 4).tierLike()).isEqualTo(UptimeTier.III);
    }

    @Test
    void distributedThreeOfFourBlocksIsTheBinomialClosedForm() {
        // One module per block, perfect switchgear and PDU, no maintenance: 3-of-4 = 4A³ − 3A⁴; A = 0.99 → 0.99940797.
        double a = 0.99;
        assertThat(SiteAvailability.distributedPaths(3, 4, 1, a, 0, 1.0, 1.0))
                .isCloseTo(4 * Math.pow(a, 3) - 3 * Math.pow(a, 4), within(1e-15)).isCloseTo(0.99940797, within(1e-8));
        // Each block in maintenance for 8 h: 3 of the other 3 must hold for 4 × 8 h a year.
        double m = 8 / 8760.0;
        assertThat(SiteAvailability.distributedPaths(3, 4, 1, a, 8, 1.0, 1.0))
                .isCloseTo((1 - 4 * m) * (4 * Math.pow(a, 3) - 3 * Math.pow(a, 4)) + 4 * m * Math.pow(a, 3), within(1e-15));
    }
}
