package dev.edgeplan.core.lifecycle;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.ServerModel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LifecycleEngineTest {

    private static LifecycleEngine.Generation gen(String id, int year, double kw, int perServer, boolean liquid,
                                                  boolean rackScale, int rackUnits) {
        Accelerator a = new Accelerator(id, id, "NVIDIA", id, 141, 4.8, 989, 1979, 0, 700, 460, 3.5, year, "test");
        return new LifecycleEngine.Generation(a, new ServerModel("srv-" + id, id, id, perServer, kw, 0.75, rackUnits,
                liquid, rackScale, "test"));
    }

    private static final LifecycleEngine.Generation H200 = gen("h200", 2024, 10.2, 8, false, false, 8);
    private static final LifecycleEngine.Generation B200 = gen("b200", 2025, 14.3, 8, false, false, 10);
    private static final LifecycleEngine.Generation GB200 = gen("gb200", 2025, 120, 72, true, true, 38);

    /** Requests/s one server serves: B200 3× an H200 per server, an NVL72 rack 9× a B200 server (made up). */
    private static final Map<String, Double> PER_SERVER = Map.of("srv-h200", 100.0, "srv-b200", 300.0, "srv-gb200", 2700.0);

    private static LifecycleEngine.Sizer load(double requestsPerS) {
        return (server, year) -> OptionalInt.of((int) Math.ceil(requestsPerS / PER_SERVER.get(server.id())));
    }

    private static final LifecycleEngine.Design AIR_40KW = new LifecycleEngine.Design(false, 40, 2000, 38);

    @Test
    void everyNYearsPicksTheGenerationNeedingTheLeastPowerAndFlagsWhatTheBuildingCannotTake() {
        RefreshPolicy every3 = new RefreshPolicy(RefreshPolicy.Trigger.EVERY_N_YEARS, 3, 50, 2026);
        List<RefreshStep> steps = LifecycleEngine.plan(H200, List.of(H200, B200, GB200), AIR_40KW, 8, every3,
                load(10_000));
        assertThat(steps).hasSize(1);
        RefreshStep r = steps.get(0);
        assertThat(r.year()).isEqualTo(3);
        assertThat(r.calendarYear()).isEqualTo(2029);
        // 10,000 req/s: 100 H200 servers = 1,020 kW; 34 B200 = 486.2 kW; 4 NVL72 racks = 480 kW → NVL72 wins
        assertThat(r.acceleratorId()).isEqualTo("gb200");
        assertThat(r.itKw()).isEqualTo(480.0);
        assertThat(r.perfPerWattGainPct()).isCloseTo(100.0 * (1020.0 / 480.0 - 1.0), within(1e-9));
        // an air-cooled, 40 kW/rack building takes neither a liquid-cooled 120 kW rack
        assertThat(r.needsLiquid()).isTrue();
        assertThat(r.exceedsRackLimit()).isTrue();
        assertThat(r.fitsDesign()).isFalse();
    }

    @Test
    void perfPerWattTriggerWaitsForTheGainAndGenerationsMustExist() {
        RefreshPolicy gain = new RefreshPolicy(RefreshPolicy.Trigger.PERF_PER_WATT_GAIN, 5, 50, 2023);
        // start 2023: nothing newer than H200 exists until 2024 → the first refresh is in year 2 (2025)
        List<RefreshStep> steps = LifecycleEngine.plan(H200, List.of(H200, B200), AIR_40KW, 6, gain, load(1_000));
        assertThat(steps).extracting(RefreshStep::calendarYear).containsExactly(2025);
        // 10 H200 servers = 102 kW vs 4 B200 = 57.2 kW: +78 %, above 50 %; B200 fits (2 per 40 kW rack, air)
        assertThat(steps.get(0).perfPerWattGainPct()).isCloseTo(100.0 * (102.0 / 57.2 - 1.0), within(1e-9));
        assertThat(steps.get(0).fitsDesign()).isTrue();
        assertThat(LifecycleEngine.plan(H200, List.of(H200, B200), AIR_40KW, 6,
                new RefreshPolicy(RefreshPolicy.Trigger.PERF_PER_WATT_GAIN, 5, 90, 2023), load(1_000))).isEmpty();
    }

    @Property
    void aRefreshNeverNeedsMorePowerForTheSameLoad(@ForAll @DoubleRange(min = 1, max = 100_000) double requestsPerS) {
        RefreshPolicy every2 = new RefreshPolicy(RefreshPolicy.Trigger.EVERY_N_YEARS, 2, 0, 2026);
        for (RefreshStep r : LifecycleEngine.plan(H200, List.of(H200, B200, GB200), AIR_40KW, 10, every2,
                load(requestsPerS))) {
            assertThat(r.perfPerWattGainPct()).isGreaterThanOrEqualTo(-1e-9);
        }
    }
}
