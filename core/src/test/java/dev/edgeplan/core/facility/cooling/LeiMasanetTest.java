package dev.edgeplan.core.facility.cooling;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LeiMasanetTest {

    @Test
    void airsideExampleReproducesThePublishedPue() {
        PlantPower p = AirsideEconomizer.power(LeiMasanetExamples.AIRSIDE, 20, 0.40, 101_325, 1.0);
        assertThat(p.pue()).isCloseTo(LeiMasanetExamples.PUBLISHED_AIRSIDE_PUE, within(1e-9));
        // 20 °C / 40 % RH is inside the economizer envelope: no chiller, all heat to outdoor air.
        assertThat(p.chillerKw()).isZero();
        assertThat(p.freeCoolingFraction()).isEqualTo(1.0);
    }

    @Test
    void watersideExampleReproducesThePublishedPue() {
        PlantPower p = WatersideEconomizer.power(LeiMasanetExamples.WATERSIDE, 20, 0.40, 101_325, 1.0);
        assertThat(p.pue()).isCloseTo(LeiMasanetExamples.PUBLISHED_WATERSIDE_PUE, within(1e-9));
    }

    @Test
    void hotHumidHourNeedsTheChiller() {
        PlantPower p = WatersideEconomizer.power(LeiMasanetExamples.WATERSIDE, 35, 0.60, 101_325, 1.0);
        assertThat(p.freeCoolingFraction()).isZero();
        assertThat(p.chillerKw()).isPositive();
        assertThat(p.pue()).isGreaterThan(LeiMasanetExamples.PUBLISHED_WATERSIDE_PUE);
    }
}
