package dev.edgeplan.core.finance.revenue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TenancyTest {

    @Test
    void hhiOfFourTenants() {
        Tenancy t = new Tenancy(List.of(new Tenant("a", 40, 5, 90), new Tenant("b", 30, 5, 90),
                new Tenant("c", 20, 3, 80), new Tenant("d", 10, 3, 80)));
        // 40² + 30² + 20² + 10² = 3,000: highly concentrated under the 2023 Merger Guidelines (> 1,800)
        assertThat(t.hhi()).isEqualTo(3000);
        assertThat(t.concentration()).isEqualTo("high");
        assertThat(new Tenancy(List.of(new Tenant("a", 10, 1, 100), new Tenant("b", 10, 1, 100),
                new Tenant("c", 10, 1, 100), new Tenant("d", 10, 1, 100))).concentration()).isEqualTo("low");
    }

    @Test
    void churnAppliesAtEachTermEnd() {
        Tenancy t = new Tenancy(List.of(new Tenant("a", 60, 3, 50), new Tenant("b", 40, 5, 100)));
        assertThat(t.contractedFraction(0)).isCloseTo(1.0, within(1e-12));
        assertThat(t.contractedFraction(2)).isCloseTo(1.0, within(1e-12));
        // year 3: a's first term ended, renewed with probability 0.5
        assertThat(t.contractedFraction(3)).isCloseTo(0.6 * 0.5 + 0.4, within(1e-12));
        assertThat(t.contractedFraction(6)).isCloseTo(0.6 * 0.25 + 0.4, within(1e-12));
        assertThat(Tenancy.singleAnchor().contractedFraction(9)).isEqualTo(1.0);
        assertThat(Tenancy.singleAnchor().hhi()).isEqualTo(10_000);
    }

    @Test
    void sharesAboveOneHundredAreRejected() {
        assertThatThrownBy(() -> new Tenancy(List.of(new Tenant("a", 70, 3, 50), new Tenant("b", 40, 5, 100))))
                .hasMessageContaining("110.00 %");
    }
}
