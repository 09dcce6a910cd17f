package dev.edgeplan.core.finance;

import dev.edgeplan.core.finance.capex.CapexBreakdown;
import dev.edgeplan.core.finance.metrics.CashFlowMetrics;
import dev.edgeplan.core.finance.opex.OpexInputs;
import dev.edgeplan.core.finance.revenue.Prices;
import dev.edgeplan.core.phasing.BuildOut;
import dev.edgeplan.core.phasing.Phase;
import dev.edgeplan.core.phasing.PhasingDefaults;
import dev.edgeplan.core.phasing.PhasingEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A site's cash flow from its phased build-out (pre-tax, unlevered, no terminal value):
 * <pre>
 * construction capex of a phase = kW × per-block $/kW (+ the upfront shell, site, office and land for the first)
 * IT capex (operator-owned IT) = new IT kW served × $/kW in the year it is first needed, again every refresh
 * revenue  colocation: served kW × $/kW-month × 12;  gpu_hours: served accelerators × 8,760 h × sold % × $/h;
 *          tokens: (tokens ÷ 10⁶ × $/M + requests ÷ 10³ × $/k) × served share;  all × tenants' contracted share
 * energy   = served kW × load fraction × PUE × 8,760 h × $/kWh + served kW × PUE × demand charge × 12
 * maintenance, insurance/tax = % × construction capex online;  staff and other = per year once online
 * residual (last year) = Σ capex × max(0, 1 − age ÷ book life): facility 20 years, IT its refresh period
 * </pre>
 * {@link Drivers} scale demand growth, prices, power cost, IT price, construction cost and lead times.
 */
public final class SiteFinanceModel {

    private static final double HOURS_PER_YEAR = 8_760.0;
    private static final int MONTHS_PER_YEAR = PhasingDefaults.MONTHS_PER_YEAR;

    /**
     * Book life of the facility for its residual value: M&amp;E 10–20 years, building shell 20–39 (US tax: 39-year
     * nonresidential) [R, research §2.13]; 20 years, the M&amp;E upper end and the shell's lower end.
     */
    static final double FACILITY_BOOK_LIFE_YEARS = 20.0;

    private SiteFinanceModel() {
    }

    public static SiteFinance evaluate(SiteEconomics e) {
        return evaluate(e, Drivers.BASE);
    }

    public static SiteFinance evaluate(SiteEconomics e, Drivers d) {
        Ledger l = ledger(e, d, true);
        double rate = e.discountRatePct() / 100.0;
        return new SiteFinance(e.capex(), l.build, l.rows, l.flows, CashFlowMetrics.npvUsd(l.flows, rate),
                CashFlowMetrics.irr(l.flows), CashFlowMetrics.paybackPeriods(l.flows),
                l.pvKwMonths > 0 ? l.pvCosts / l.pvKwMonths : 0.0, l.pvGpuHours > 0 ? l.pvCosts / l.pvGpuHours : 0.0,
                l.revenueSum > 0 ? OptionalDouble.of(100.0 * l.ebitdaSum / l.revenueSum) : OptionalDouble.empty(),
                e.tenancy().hhi());
    }

    /**
     * The NPV of {@link #evaluate(SiteEconomics, Drivers)} without its yearly rows, IRR and payback: what each Monte
     * Carlo draw needs, at a fraction of the work.
     */
    public static double npvUsd(SiteEconomics e, Drivers d) {
        return CashFlowMetrics.npvUsd(ledger(e, d, false).flows, e.discountRatePct() / 100.0);
    }

    /** The year-by-year cash flow; the per-year rows only when asked for. */
    private static Ledger ledger(SiteEconomics e, Drivers d, boolean withRows) {
        int years = e.years();
        double[] growthScale = growthScale(e.requiredItKw(), d.demandGrowth());
        double[] required = new double[years];
        for (int y = 0; y < years; y++) {
            required[y] = e.requiredItKw()[y] * growthScale[y];
        }
        BuildOut build = PhasingEngine.plan(required, e.designItKw(),
                e.phasing().withLeadTimes(e.phasing().leadTimes().scaled(d.buildTime())));
        CapexBreakdown capex = e.capex();
        double[] constructionCapex = new double[years];
        double[] capexOnline = new double[years];
        double[] onlineShare = new double[years];
        for (Phase p : build.phases()) {
            double usd = capex.phaseUsd(p.itKw(), p.index() == 0) * d.constructionCost();
            constructionCapex[Math.min(p.decisionYear(), years - 1)] += usd;
            for (int y = 0; y < years; y++) {
                double share = onlineShareOfYear(p.onlineMonth(), y);
                capexOnline[y] += usd * share;
                if (p.index() == 0) {
                    onlineShare[y] = share;
                }
            }
        }
        double[] itCapex = itPurchases(e, build, d);
        double residual = e.residualAtBookValue() ? bookValue(constructionCapex, FACILITY_BOOK_LIFE_YEARS)
                + bookValue(itCapex, Math.max(1, e.itRefreshYears())) : 0.0;
        OpexInputs o = e.opex();
        Prices prices = e.prices();
        double rate = e.discountRatePct() / 100.0;
        Ledger l = new Ledger(build, new double[years + 1], withRows ? new ArrayList<>(years) : List.of());
        double cumulative = 0.0;
        int firstOnlineYear = (int) Math.floor(build.firstOnlineMonth() / MONTHS_PER_YEAR);
        for (int y = 0; y < years; y++) {
            double served = build.servedItKw()[y];
            double servedShare = build.servedFraction(y);
            double contracted = y >= firstOnlineYear ? e.tenancy().contractedFraction(y - firstOnlineYear) : 0.0;
            double revenue = d.price() * contracted * switch (e.revenueModel()) {
                case COLOCATION -> served * prices.usdPerKwMonth() * MONTHS_PER_YEAR;
                case GPU_HOURS -> served * e.acceleratorsPerItKw() * HOURS_PER_YEAR * prices.gpuHoursSoldPct() / 100.0
                        * prices.usdPerGpuHour();
                case TOKENS -> servedShare * growthScale[y] * (e.outputTokensPerYear()[y] / 1e6
                        * prices.usdPerMillionTokens() + e.requestsPerYear()[y] / 1e3 * prices.usdPerThousandRequests());
            };
            double energy = served * o.pue() * (e.loadFraction() * HOURS_PER_YEAR * o.powerPriceUsdPerKwh()
                    * d.powerCost() + o.demandChargeUsdPerKwMonth() * MONTHS_PER_YEAR);
            double maintenance = capexOnline[y] * o.maintenancePctOfCapexPerYear() / 100.0;
            double insuranceTax = capexOnline[y] * o.insuranceTaxPctOfCapexPerYear() / 100.0;
            double staffing = onlineShare[y] * o.staffFte() * o.usdPerFteYear();
            double other = onlineShare[y] * o.otherUsdPerYear();
            double opex = energy + maintenance + insuranceTax + staffing + other;
            double ebitda = revenue - opex;
            double capexYear = constructionCapex[y] + itCapex[y];
            double residualYear = y == years - 1 ? residual : 0.0;
            l.flows[y] -= capexYear;
            l.flows[y + 1] += ebitda + residualYear;
            if (!withRows) {
                continue;
            }
            double net = ebitda - capexYear + residualYear;
            cumulative += net;
            double startFactor = Math.pow(1.0 + rate, -y);
            double endFactor = Math.pow(1.0 + rate, -(y + 1));
            l.pvCosts += capexYear * startFactor + opex * endFactor;
            l.pvKwMonths += served * MONTHS_PER_YEAR * endFactor;
            l.pvGpuHours += served * e.acceleratorsPerItKw() * HOURS_PER_YEAR * endFactor;
            l.revenueSum += revenue;
            l.ebitdaSum += ebitda;
            l.rows.add(new CashFlowYear(y, build.onlineItKw()[y], served, constructionCapex[y], itCapex[y], revenue,
                    energy, maintenance, staffing, insuranceTax, other, ebitda, residualYear, net, cumulative,
                    -capexYear * startFactor + (ebitda + residualYear) * endFactor));
        }
        return l;
    }

    /** What the yearly loop accumulates; local to one evaluation. */
    private static final class Ledger {
        final BuildOut build;
        final double[] flows;
        final List<CashFlowYear> rows;
        double pvCosts;
        double pvKwMonths;
        double pvGpuHours;
        double revenueSum;
        double ebitdaSum;

        Ledger(BuildOut build, double[] flows, List<CashFlowYear> rows) {
            this.build = build;
            this.flows = flows;
            this.rows = rows;
        }
    }

    /**
     * [year] factor turning the given demand into demand whose compound growth is {@code multiplier} times the
     * site's own (measured from its first to its last year with demand): ((1 + g·m) / (1 + g))^y.
     */
    static double[] growthScale(double[] requiredItKw, double multiplier) {
        double[] scale = new double[requiredItKw.length];
        java.util.Arrays.fill(scale, 1.0);
        int first = -1;
        int last = -1;
        for (int y = 0; y < requiredItKw.length; y++) {
            if (requiredItKw[y] > 0) {
                last = y;
                if (first < 0) {
                    first = y;
                }
            }
        }
        if (multiplier == 1.0 || first < 0 || last <= first) {
            return scale;
        }
        double growth = Math.pow(requiredItKw[last] / requiredItKw[first], 1.0 / (last - first)) - 1.0;
        double ratio = Math.max(0.0, 1.0 + growth * multiplier) / (1.0 + growth);
        for (int y = 0; y < requiredItKw.length; y++) {
            scale[y] = Math.pow(ratio, Math.max(0, y - first));
        }
        return scale;
    }

    /** Share of calendar year {@code y} during which something online from {@code onlineMonth} is online. */
    static double onlineShareOfYear(double onlineMonth, int y) {
        double start = (double) y * MONTHS_PER_YEAR;
        return Math.min(1.0, Math.max(0.0, (start + MONTHS_PER_YEAR - onlineMonth) / MONTHS_PER_YEAR));
    }

    /**
     * [year] USD of IT bought that year: when load first needs it, and again every refresh period; nothing when
     * tenants own their IT.
     */
    private static double[] itPurchases(SiteEconomics e, BuildOut build, Drivers d) {
        int years = e.years();
        double[] usd = new double[years];
        if (!e.revenueModel().operatorOwnsIt() || e.itUsdPerItKw() <= 0) {
            return usd;
        }
        double installed = 0.0;
        for (int y = 0; y < years; y++) {
            double added = Math.max(0.0, build.servedItKw()[y] - installed);
            installed += added;
            for (int t = y; t < years; t += Math.max(1, e.itRefreshYears())) {
                usd[t] += added * e.itUsdPerItKw() * d.itPrice();
            }
        }
        return usd;
    }

    /** Straight-line book value at the end of the last year of what was bought each year (bought at its start). */
    static double bookValue(double[] boughtUsd, double lifeYears) {
        int years = boughtUsd.length;
        double value = 0.0;
        for (int y = 0; y < years; y++) {
            value += boughtUsd[y] * Math.max(0.0, 1.0 - (years - y) / lifeYears);
        }
        return value;
    }

}
