package dev.edgeplan.bench;

import dev.edgeplan.core.finance.PlanRisk;
import dev.edgeplan.core.finance.SiteEconomics;
import dev.edgeplan.core.finance.risk.ProgressListener;
import dev.edgeplan.core.finance.risk.RiskSummary;
import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.core.plan.Planner;
import dev.edgeplan.core.plan.SitePlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * 10,000 Latin-hypercube draws of the six risk drivers over the national plan's sites: each draw re-phases and
 * re-prices every site (23 in the national example) and sums their NPVs. Uses every core (draws are independent).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {

    static final int DRAWS = 10_000;

    private NationalInstance national;
    private List<SiteEconomics> sites;

    @Setup
    public void setUp() {
        national = NationalInstance.load();
        Plan plan = Planner.plan(national.scenario, national.catalog);
        sites = plan.sites().stream().map(SitePlan::economics).toList();
    }

    @Benchmark
    public RiskSummary nationalTenThousandDraws() {
        return PlanRisk.monteCarlo(sites, national.scenario.risk().drivers(), DRAWS, national.scenario.seed(),
                ProgressListener.NONE);
    }
}
