package dev.edgeplan.core.finance.risk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TornadoTest {

    private static final Distribution ANY = new Distribution.Triangular(0.8, 1.0, 1.2);

    @Test
    void barsAreSortedBySwingAndEvaluatedOneAtATime() {
        // NPV = 100·a − 50·b + 10·c: at ±20 % the swings are 40, 20 and 4.
        List<RiskDriver> drivers = List.of(
                RiskDriver.symmetric("c", "C", 0.2, ANY),
                RiskDriver.symmetric("b", "B", 0.2, ANY),
                RiskDriver.symmetric("a", "A", 0.2, ANY));
        TornadoResult t = Tornado.run(drivers, m -> 10 * m[0] - 50 * m[1] + 100 * m[2]);
        assertThat(t.baseNpvUsd()).isCloseTo(60.0, within(1e-12));
        assertThat(t.bars()).extracting(TornadoBar::driverId).containsExactly("a", "b", "c");
        assertThat(t.bars().stream().mapToDouble(TornadoBar::swingUsd).toArray())
                .containsExactly(new double[] {40.0, 20.0, 4.0}, within(1e-9));
        TornadoBar b = t.bars().get(1);
        assertThat(b.lowMultiplier()).isEqualTo(0.8);
        assertThat(b.npvAtLowUsd()).isCloseTo(70.0, within(1e-12));
        assertThat(b.npvAtHighUsd()).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void asymmetricDriversAndTheToySite() {
        TornadoResult t = Tornado.run(ToySiteModel.DRIVERS, ToySiteModel::npvUsd);
        assertThat(t.bars()).hasSize(ToySiteModel.DRIVERS.size());
        for (int i = 1; i < t.bars().size(); i++) {
            assertThat(t.bars().get(i).swingUsd()).isLessThanOrEqualTo(t.bars().get(i - 1).swingUsd());
        }
        // Delay: from none (multiplier 0) to a year (2 × the base half year) lowers the NPV.
        TornadoBar delay = t.bars().stream().filter(bar -> bar.driverId().equals("delay")).findFirst().orElseThrow();
        assertThat(delay.lowMultiplier()).isZero();
        assertThat(delay.npvAtHighUsd()).isLessThan(t.baseNpvUsd()).isLessThan(delay.npvAtLowUsd());
    }
}
