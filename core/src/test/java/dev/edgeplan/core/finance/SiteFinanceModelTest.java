package dev.edgeplan.core.finance;

import dev.edgeplan.core.finance.capex.CapexBreakdown;
import dev.edgeplan.core.finance.capex.CapexInputs;
import dev.edgeplan.core.finance.capex.CapexModel;
import dev.edgeplan.core.finance.opex.OpexInputs;
import dev.edgeplan.core.finance.revenue.Prices;
import dev.edgeplan.core.finance.revenue.RevenueModel;
import dev.edgeplan.core.finance.revenue.Tenancy;
import dev.edgeplan.core.phasing.LeadTimes;
import dev.edgeplan.core.phasing.PhasingPolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SiteFinanceModelTest {

    private static final LeadTimes INSTANT = new LeadTimes(0, 0, 0, 0, 0);

    /** 1 MW built at once and online at month 0; $10 M hard cost, no soft costs; 10 % discount rate. */
    private static SiteEconomics oneMegawatt(RevenueModel model, double[] required, PhasingPolicy.Strategy strategy) {
        int years = required.length;
        return new SiteEconomics("s", required, 1000, new PhasingPolicy(strategy, 500, 100, INSTANT),
                CapexModel.estimate(new CapexInputs(1000, 10_000_000, false, 0, 1.0, 1.0, 1.0, 0, 0, 0, 0)),
                new OpexInputs(1.5, 0.10, 0, 2, 1, 100_000, 1, 0), 0.5, 8.0 / 10.2, 35_000, 1, model,
                new Prices(200, 2.0, 100, 1.0, 0), Tenancy.singleAnchor(), new double[years], new double[years], 10, false);
    }

    @Test
    void handComputedColocationCashFlow() {
        SiteFinance f = SiteFinanceModel.evaluate(oneMegawatt(RevenueModel.COLOCATION, new double[] {1000, 1000},
                PhasingPolicy.Strategy.ALL_AT_ONCE));
        // revenue 1,000 kW × $200 × 12 = 2.4 M; energy 1,000 × 0.5 × 1.5 × 8,760 h × $0.10 = 657 k;
        // maintenance 2 % and insurance 1 % of $10 M = 300 k; one FTE 100 k → EBITDA 1.343 M a year
        CashFlowYear y0 = f.cashFlow().get(0);
        assertThat(y0.revenueUsd()).isCloseTo(2_400_000, within(1e-6));
        assertThat(y0.energyUsd()).isCloseTo(657_000, within(1e-6));
        assertThat(y0.ebitdaUsd()).isCloseTo(1_343_000, within(1e-6));
        assertThat(f.flowsUsd()).containsExactly(new double[] {-10_000_000, 1_343_000, 1_343_000}, within(1e-6));
        // NPV = −10 M + 1.343 M / 1.1 + 1.343 M / 1.21
        assertThat(f.npvUsd()).isCloseTo(-7_669_173.553719, within(1e-3));
        // levelised: PV(10 M + 1.057 M/1.1 + 1.057 M/1.21) ÷ PV(12,000/1.1 + 12,000/1.21) kW-months
        assertThat(f.levelisedUsdPerKwMonth()).isCloseTo(11_834_462.809917 / 20_826.446281, within(1e-3));
        assertThat(f.irr()).isPresent();
        assertThat(f.paybackYears()).isEmpty();
        assertThat(f.ebitdaMarginPct().getAsDouble()).isCloseTo(100.0 * 1.343 / 2.4, within(1e-9));
    }

    @Test
    void operatorOwnedItIsBoughtWhenNeededAndAgainAtRefresh() {
        SiteFinance f = SiteFinanceModel.evaluate(oneMegawatt(RevenueModel.GPU_HOURS, new double[] {500, 1000, 1000},
                PhasingPolicy.Strategy.ALL_AT_ONCE));
        // $35,000 per kW of IT; refresh every year: 500 kW in year 0, 1,000 kW (500 refreshed + 500 new) after
        assertThat(f.cashFlow().stream().mapToDouble(CashFlowYear::itCapexUsd).toArray())
                .containsExactly(new double[] {17_500_000.0, 35_000_000.0, 35_000_000.0}, within(1e-3));
        // gpu-hours: 500 kW × 8/10.2 accelerators per kW × 8,760 h × $2
        assertThat(f.cashFlow().get(0).revenueUsd()).isCloseTo(500 * 8.0 / 10.2 * 8760 * 2.0, within(1e-6));
    }

    @Test
    void colocationTenantsBuyTheirOwnIt() {
        SiteFinance f = SiteFinanceModel.evaluate(oneMegawatt(RevenueModel.COLOCATION, new double[] {500, 1000},
                PhasingPolicy.Strategy.PHASED));
        assertThat(f.itCapexUsd()).isZero();
        assertThat(f.buildOut().phases()).hasSize(2);
    }

    /** The Monte Carlo's NPV-only path is the full evaluation's NPV, to the bit, for any drivers and model. */
    @Property
    void npvOnlyPathEqualsTheFullEvaluation(@ForAll RevenueModel model, @ForAll PhasingPolicy.Strategy strategy,
            @ForAll @DoubleRange(min = 0.5, max = 1.5) double growth, @ForAll @DoubleRange(min = 0.8, max = 1.2) double price,
            @ForAll @DoubleRange(min = 1, max = 2) double buildTime) {
        SiteEconomics e = oneMegawatt(model, new double[] {400, 700, 1000, 1000}, strategy);
        Drivers d = new Drivers(growth, price, 1.1, 0.9, 1.05, buildTime);
        assertThat(SiteFinanceModel.npvUsd(e, d)).isEqualTo(SiteFinanceModel.evaluate(e, d).npvUsd());
    }

    @Property
    void higherCostsNeverRaiseNpvAndHigherPricesNeverLowerIt(
            @ForAll @DoubleRange(min = 1, max = 2) double cost, @ForAll @DoubleRange(min = 0, max = 1) double more) {
        SiteEconomics e = oneMegawatt(RevenueModel.COLOCATION, new double[] {400, 700, 1000, 1000},
                PhasingPolicy.Strategy.PHASED);
        double base = SiteFinanceModel.evaluate(e, new Drivers(1, 1, cost, 1, cost, 1)).npvUsd();
        assertThat(SiteFinanceModel.evaluate(e, new Drivers(1, 1, cost + more, 1, cost + more, 1)).npvUsd())
                .isLessThanOrEqualTo(base + 1e-6);
        assertThat(SiteFinanceModel.evaluate(e, new Drivers(1, cost, 1, 1, 1, 1)).npvUsd())
                .isGreaterThanOrEqualTo(SiteFinanceModel.evaluate(e, Drivers.BASE).npvUsd() - 1e-6);
    }

    @Test
    void growthDriverScalesCompoundGrowth() {
        double[] scale = SiteFinanceModel.growthScale(new double[] {100, 200, 400}, 0.5);
        // growth 100 % a year; half of it is 50 %: (1.5 / 2)^y
        assertThat(scale).containsExactly(new double[] {1.0, 0.75, 0.5625}, within(1e-12));
    }

    /** docs/finance.md, "Worked example: the seed's phasing claim". */
    @Test
    void seedClaimWorkedExample() {
        double[] required = {1500, 1500, 2250, 3000, 3000, 3000, 3000, 3000, 3000, 3000};
        CapexBreakdown capex = CapexModel.estimate(new CapexInputs(3000, 11_700_000, false, 8.5, 1.0, 1.0, 1.0, 0,
                244_000, 11.5, 7.5));
        OpexInputs opex = new OpexInputs(1.3, 0.0806, 0, 2.1, 1, 107_300, 1.5, 0);
        PhasingPolicy phased = new PhasingPolicy(PhasingPolicy.Strategy.PHASED, 1500, 100, new LeadTimes(0, 0, 12, 0, 12));
        PhasingPolicy atOnce = new PhasingPolicy(PhasingPolicy.Strategy.ALL_AT_ONCE, 1500, 100,
                new LeadTimes(0, 0, 24, 0, 12));
        double[][] npvM = new double[2][2];
        RevenueModel[] models = {RevenueModel.COLOCATION, RevenueModel.GPU_HOURS};
        for (int m = 0; m < 2; m++) {
            for (int k = 0; k < 2; k++) {
                SiteEconomics e = new SiteEconomics("s", required, 3000, k == 0 ? phased : atOnce, capex, opex, 0.75,
                        8 / 10.2, 350_000 / 10.2, 5, models[m], new Prices(184.06, 2.4, 100, 0, 0),
                        Tenancy.singleAnchor(), new double[10], new double[10], 7, false);
                SiteFinance f = SiteFinanceModel.evaluate(e);
                npvM[m][k] = f.npvUsd() / 1e6;
                assertThat(f.buildOut().firstOnlineMonth()).isEqualTo(k == 0 ? 12.0 : 24.0);
                assertThat(Arrays.stream(f.buildOut().servedItKw()).sum()).isEqualTo(k == 0 ? 24_750 : 23_250, within(1e-6));
            }
        }
        assertThat(npvM[0]).containsExactly(new double[] {-25.81, -27.67}, within(0.005));
        assertThat(npvM[1]).containsExactly(new double[] {50.71, 35.53}, within(0.005));
    }

    @Test
    void residualIsTheStraightLineBookValueAtTheHorizon() {
        // bought at the start of years 0 and 2 of a 4-year horizon: ages 4 and 2 at its end
        assertThat(SiteFinanceModel.bookValue(new double[] {20_000_000, 0, 10_000_000, 0}, 20))
                .isCloseTo(20e6 * 0.8 + 10e6 * 0.9, within(1e-6));
        assertThat(SiteFinanceModel.bookValue(new double[] {5, 0, 0, 0, 0, 0}, 5)).isZero();
        SiteEconomics without = oneMegawatt(RevenueModel.COLOCATION, new double[] {1000, 1000},
                PhasingPolicy.Strategy.ALL_AT_ONCE);
        SiteEconomics with = new SiteEconomics(without.siteId(), without.requiredItKw(), without.designItKw(),
                without.phasing(), without.capex(), without.opex(), without.loadFraction(), without.acceleratorsPerItKw(),
                without.itUsdPerItKw(), without.itRefreshYears(), without.revenueModel(), without.prices(),
                without.tenancy(), without.outputTokensPerYear(), without.requestsPerYear(), without.discountRatePct(),
                true);
        SiteFinance f = SiteFinanceModel.evaluate(with);
        // $10 M facility 2 years old on a 20-year life: $9 M, counted at the end of the last year
        assertThat(f.cashFlow().get(1).residualUsd()).isCloseTo(9_000_000, within(1e-6));
        assertThat(f.npvUsd() - SiteFinanceModel.evaluate(without).npvUsd()).isCloseTo(9_000_000 / 1.21, within(1e-6));
    }
}
