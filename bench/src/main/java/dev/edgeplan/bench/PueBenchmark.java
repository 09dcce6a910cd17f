package dev.edgeplan.bench;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.cooling.ClimatePue;
import dev.edgeplan.core.facility.cooling.PueResult;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.io.catalog.CatalogLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Annual PUE of a 2 MW hall in Phoenix: the cooling plant run hour by hour over the year's 8,760 hours as 288 typical
 * hours (24 per month, each weighted by its days), with psychrometrics, economiser limits and part-load UPS losses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PueBenchmark {

    private static final double IT_KW = 2_000.0;
    private static final double UPS_INSTALLED_KW = 2_500.0;
    private static final double LIGHTING_KW = 20.0;

    @Param({"AIR", "DIRECT_TO_CHIP"})
    public CoolingType cooling;

    private MonthlyClimate phoenix;

    @Setup
    public void setUp() {
        Catalog catalog = CatalogLoader.loadBundled();
        phoenix = catalog.climates().stream().filter(c -> c.metro().equals("Phoenix")).findFirst().orElseThrow();
    }

    @Benchmark
    public PueResult phoenixYear() {
        return ClimatePue.evaluate(cooling, IT_KW, UPS_INSTALLED_KW, LIGHTING_KW, phoenix);
    }
}
