package dev.edgeplan.io.report;

import dev.edgeplan.core.finance.CashFlowYear;
import dev.edgeplan.core.finance.capex.CapexBreakdown;
import dev.edgeplan.core.finance.capex.Subsystem;
import dev.edgeplan.core.plan.SitePlan;
import dev.edgeplan.core.plan.WorkloadSummary;

import java.util.ArrayList;
import java.util.List;

/** The report's SVG charts beyond IT load and risk: cash flow, capex breakdown, monthly PUE, latency. */
final class PlanCharts {

    static final double WIDTH = 560;
    static final double HEIGHT = 280;
    private static final String[] MONTHS = {"J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"};
    private static final int MAX_SERIES = 6;

    private PlanCharts() {
    }

    /** Net cash flow per year (bars, negative in red) and cumulative cash (line), million USD. */
    static void cashFlow(Html h, SitePlan site) {
        List<CashFlowYear> years = site.finance().cashFlow();
        SvgPlot.open(h, WIDTH, HEIGHT, "Net and cumulative cash flow per year at site " + site.id());
        double lo = 0;
        double hi = 0;
        for (CashFlowYear y : years) {
            lo = Math.min(lo, Math.min(y.netUsd(), y.cumulativeUsd()));
            hi = Math.max(hi, Math.max(y.netUsd(), y.cumulativeUsd()));
        }
        SvgPlot.Frame f = SvgPlot.frame(h, WIDTH, HEIGHT, lo, hi, true, 1e6, "Cash (million USD)", "Year");
        int n = Math.max(1, years.size());
        double barW = Math.min(40, f.plotW() / n * 0.6);
        StringBuilder cumulative = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            CashFlowYear y = years.get(i);
            double cx = f.slotCenter(i, n);
            double top = Math.min(f.y(y.netUsd()), f.y(0));
            h.open("rect", "class", y.netUsd() < 0 ? "bar neg" : "bar", "x", Fmt.coord(cx - barW / 2), "y", Fmt.coord(top),
                    "width", Fmt.coord(barW), "height", Fmt.coord(Math.abs(f.y(y.netUsd()) - f.y(0))));
            h.el("title", "Year " + y.year() + ": net " + Fmt.usdShort(y.netUsd()) + ", cumulative "
                    + Fmt.usdShort(y.cumulativeUsd()));
            h.close("rect");
            h.el("text", Integer.toString(y.year()), "x", Fmt.coord(cx), "y", Fmt.coord(f.bottom() + 16),
                    "text-anchor", "middle");
            cumulative.append(i == 0 ? "M" : " L").append(Fmt.coord(cx)).append(' ').append(Fmt.coord(f.y(y.cumulativeUsd())));
        }
        if (!years.isEmpty()) {
            h.empty("path", "class", "line s0", "d", cumulative.toString());
        }
        SvgPlot.legend(h, f.left(), 16, "bar", "net cash flow");
        SvgPlot.legend(h, f.left() + 140, 16, "s0", "cumulative cash");
        h.close("svg");
    }

    /** Construction capex by subsystem, soft costs, contingency and land: horizontal bars, million USD. */
    static void capex(Html h, SitePlan site) {
        CapexBreakdown c = site.finance().capex();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Subsystem s : Subsystem.values()) {
            labels.add(s.key().replace('_', ' '));
            values.add(c.subsystemUsd().getOrDefault(s, 0.0));
        }
        labels.addAll(List.of("soft costs", "contingency", "land"));
        values.addAll(List.of(c.softUsd(), c.contingencyUsd(), c.landUsd()));
        double row = 22;
        double left = 130;
        double right = 90;
        double height = 40 + row * labels.size() + 20;
        SvgPlot.open(h, WIDTH, height, "Construction capex by subsystem at site " + site.id() + ", million USD");
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0.0);
        double plotW = WIDTH - left - right;
        h.el("text", "Total " + Fmt.usdShort(c.totalUsd()), "class", "axis-title", "x", Fmt.coord(left), "y", "18");
        for (int i = 0; i < labels.size(); i++) {
            double y = 32 + row * i;
            double w = max > 0 ? plotW * values.get(i) / max : 0.0;
            h.el("text", labels.get(i), "x", Fmt.coord(left - 8), "y", Fmt.coord(y + 12), "text-anchor", "end");
            h.open("rect", "class", "bar", "x", Fmt.coord(left), "y", Fmt.coord(y), "width", Fmt.coord(w),
                    "height", Fmt.coord(row - 6));
            h.el("title", labels.get(i) + ": " + Fmt.usdShort(values.get(i)));
            h.close("rect");
            h.el("text", Fmt.usdShort(values.get(i)), "class", "bar-label", "x", Fmt.coord(left + w + 6),
                    "y", Fmt.coord(y + 12));
        }
        h.close("svg");
    }

    /** Monthly PUE of each site (first six), from its climate at the expected IT load. */
    static void monthlyPue(Html h, List<SitePlan> sites) {
        List<SitePlan> shown = sites.subList(0, Math.min(MAX_SERIES, sites.size()));
        SvgPlot.open(h, WIDTH, HEIGHT, "Monthly PUE by site");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SitePlan s : shown) {
            for (double pue : s.facility().detail().energy().monthlyPue()) {
                lo = Math.min(lo, pue);
                hi = Math.max(hi, pue);
            }
        }
        if (!Double.isFinite(lo)) {
            lo = 1.0;
            hi = 1.5;
        }
        SvgPlot.Frame f = SvgPlot.frame(h, WIDTH, HEIGHT, Math.max(1.0, lo - 0.02), hi + 0.02, false, 1.0, "PUE",
                "Month");
        for (int m = 0; m < MONTHS.length; m++) {
            h.el("text", MONTHS[m], "x", Fmt.coord(f.slotCenter(m, MONTHS.length)), "y", Fmt.coord(f.bottom() + 16),
                    "text-anchor", "middle");
        }
        for (int k = 0; k < shown.size(); k++) {
            double[] monthly = shown.get(k).facility().detail().energy().monthlyPue();
            StringBuilder d = new StringBuilder();
            for (int m = 0; m < monthly.length; m++) {
                d.append(m == 0 ? "M" : " L").append(Fmt.coord(f.slotCenter(m, monthly.length))).append(' ')
                        .append(Fmt.coord(f.y(monthly[m])));
            }
            h.empty("path", "class", "line s" + k, "d", d.toString());
            SvgPlot.legend(h, f.left() + 150 * (k % 3), 12 + 14 * (k / 3), "s" + k, shown.get(k).id());
        }
        h.close("svg");
    }

    /** Round-trip time percentiles of the demand each workload serves, against its network budget, ms. */
    static void latency(Html h, List<WorkloadSummary> workloads) {
        SvgPlot.open(h, WIDTH, HEIGHT, "Round-trip time percentiles per workload against the network budget");
        double hi = 0;
        for (WorkloadSummary w : workloads) {
            hi = Math.max(hi, Math.max(w.networkBudgetMs(), w.rttMsP99()));
        }
        SvgPlot.Frame f = SvgPlot.frame(h, WIDTH, HEIGHT, 0, hi, true, 1.0, "Round trip (ms)", "Workload");
        int n = Math.max(1, workloads.size());
        double slot = f.plotW() / n;
        double barW = Math.min(28, slot * 0.22);
        String[] names = {"p50", "p95", "p99"};
        for (int i = 0; i < workloads.size(); i++) {
            WorkloadSummary w = workloads.get(i);
            double[] values = {w.rttMsP50(), w.rttMsP95(), w.rttMsP99()};
            double cx = f.slotCenter(i, n);
            for (int k = 0; k < values.length; k++) {
                double x = cx + (k - 1.5) * barW;
                h.open("rect", "class", "s" + k, "x", Fmt.coord(x), "y", Fmt.coord(f.y(values[k])),
                        "width", Fmt.coord(barW * 0.9), "height", Fmt.coord(f.bottom() - f.y(values[k])));
                h.el("title", w.id() + " " + names[k] + ": " + Fmt.num(values[k], 1) + " ms");
                h.close("rect");
            }
            h.empty("line", "class", "marker", "x1", Fmt.coord(cx - slot * 0.4), "y1", Fmt.coord(f.y(w.networkBudgetMs())),
                    "x2", Fmt.coord(cx + slot * 0.4), "y2", Fmt.coord(f.y(w.networkBudgetMs())));
            h.el("text", w.id(), "x", Fmt.coord(cx), "y", Fmt.coord(f.bottom() + 16), "text-anchor", "middle");
        }
        for (int k = 0; k < names.length; k++) {
            SvgPlot.legend(h, f.left() + 70 * k, 16, "s" + k, names[k]);
        }
        h.empty("line", "class", "marker", "x1", Fmt.coord(f.left() + 220), "y1", "13", "x2", Fmt.coord(f.left() + 244), "y2", "13");
        h.el("text", "network budget", "class", "legend", "x", Fmt.coord(f.left() + 250), "y", "17");
        h.close("svg");
    }
}
