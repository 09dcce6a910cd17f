package dev.edgeplan.io.report;

import dev.edgeplan.core.finance.risk.Histogram;
import dev.edgeplan.core.finance.risk.TornadoBar;
import dev.edgeplan.core.finance.risk.TornadoResult;

import java.util.List;

/**
 * Inline SVG of the NPV risk: a tornado (one bar per driver from its low-side to its high-side NPV, around the
 * base NPV) and the Monte Carlo histogram. Axis labels carry units (million USD).
 */
final class RiskCharts {

    static final double WIDTH = 560;
    private static final double LEFT = 170;
    private static final double RIGHT = 24;
    private static final double TOP = 24;
    private static final double BOTTOM = 44;
    private static final double ROW = 26;
    private static final double HIST_HEIGHT = 240;
    private static final double HIST_LEFT = 56;

    private RiskCharts() {
    }

    static void tornado(Html h, TornadoResult tornado) {
        List<TornadoBar> bars = tornado.bars();
        double height = TOP + BOTTOM + ROW * Math.max(1, bars.size());
        String label = "Tornado: NPV in million USD with each driver at its low and high value";
        SvgPlot.open(h, WIDTH, height, label);
        double lo = tornado.baseNpvUsd();
        double hi = tornado.baseNpvUsd();
        for (TornadoBar b : bars) {
            lo = Math.min(lo, Math.min(b.npvAtLowUsd(), b.npvAtHighUsd()));
            hi = Math.max(hi, Math.max(b.npvAtLowUsd(), b.npvAtHighUsd()));
        }
        Scale x = Scale.of(lo, hi, LEFT, WIDTH - RIGHT);
        double baseY = TOP + ROW * bars.size();
        axis(h, x, TOP, baseY, "NPV (million USD)", height);
        double baseX = x.at(tornado.baseNpvUsd());
        for (int i = 0; i < bars.size(); i++) {
            TornadoBar b = bars.get(i);
            double y = TOP + ROW * i + 4;
            h.el("text", b.label() + " ±" + Fmt.num(100 * (b.highMultiplier() - 1.0), 0) + " %", "x",
                    Fmt.coord(LEFT - 8), "y", Fmt.coord(y + 13), "text-anchor", "end");
            bar(h, x.at(b.npvAtLowUsd()), baseX, y, "bar low", "low: NPV " + Fmt.usdShort(b.npvAtLowUsd()));
            bar(h, baseX, x.at(b.npvAtHighUsd()), y, "bar high", "high: NPV " + Fmt.usdShort(b.npvAtHighUsd()));
        }
        h.empty("line", "class", "built", "x1", Fmt.coord(baseX), "y1", Fmt.coord(TOP - 6), "x2", Fmt.coord(baseX),
                "y2", Fmt.coord(baseY));
        h.close("svg");
    }

    static void histogram(Html h, Histogram histogram, double p10, double p50, double p90) {
        List<Integer> counts = histogram.counts();
        String label = "Monte Carlo: draws per NPV bin, million USD";
        SvgPlot.open(h, WIDTH, HIST_HEIGHT, label);
        Scale x = Scale.of(histogram.lowerUsd(), histogram.upperUsd(), HIST_LEFT, WIDTH - RIGHT);
        double baseY = HIST_HEIGHT - BOTTOM;
        double plotH = baseY - TOP;
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        axis(h, x, TOP, baseY, "NPV (million USD)", HIST_HEIGHT);
        h.el("text", "draws", "class", "axis-title", "x", Fmt.coord(HIST_LEFT - 8), "y", Fmt.coord(TOP - 8),
                "text-anchor", "end");
        double width = (x.to - x.from) / Math.max(1, counts.size());
        for (int i = 0; i < counts.size(); i++) {
            double barH = max > 0 ? plotH * counts.get(i) / max : 0.0;
            h.open("rect", "class", "bar", "x", Fmt.coord(x.from + width * i + 0.5), "y", Fmt.coord(baseY - barH),
                    "width", Fmt.coord(Math.max(0.0, width - 1.0)), "height", Fmt.coord(barH));
            h.el("title", Fmt.integer(counts.get(i)) + " draws");
            h.close("rect");
        }
        double[][] marks = {{p10}, {p50}, {p90}};
        String[] names = {"P10", "P50", "P90"};
        for (int i = 0; i < marks.length; i++) {
            double mx = x.at(marks[i][0]);
            h.empty("line", "class", "built", "x1", Fmt.coord(mx), "y1", Fmt.coord(TOP), "x2", Fmt.coord(mx),
                    "y2", Fmt.coord(baseY));
            h.el("text", names[i], "x", Fmt.coord(mx), "y", Fmt.coord(TOP - 8), "text-anchor", "middle");
        }
        h.close("svg");
    }

    private static void bar(Html h, double x1, double x2, double y, String cls, String title) {
        h.open("rect", "class", cls, "x", Fmt.coord(Math.min(x1, x2)), "y", Fmt.coord(y), "width",
                Fmt.coord(Math.abs(x2 - x1)), "height", Fmt.coord(ROW - 8));
        h.el("title", title);
        h.close("rect");
    }

    /** Five ticks in million USD along the bottom, a base line and the axis title. */
    private static void axis(Html h, Scale x, double top, double baseY, String title, double height) {
        h.open("g", "class", "axis");
        h.empty("line", "class", "base", "x1", Fmt.coord(x.from), "y1", Fmt.coord(baseY), "x2", Fmt.coord(x.to),
                "y2", Fmt.coord(baseY));
        double step = ItLoadChart.niceStep((x.hi - x.lo) / 1e6 / 4.0) * 1e6;
        for (double v = Math.ceil(x.lo / step) * step; v <= x.hi + 1e-9 * step; v += step) {
            double px = x.at(v);
            h.empty("line", "class", "grid", "x1", Fmt.coord(px), "y1", Fmt.coord(top), "x2", Fmt.coord(px),
                    "y2", Fmt.coord(baseY));
            h.el("text", Fmt.num(v / 1e6, ItLoadChart.decimals(step / 1e6)), "x", Fmt.coord(px),
                    "y", Fmt.coord(baseY + 16), "text-anchor", "middle");
        }
        h.el("text", title, "class", "axis-title", "x", Fmt.coord((x.from + x.to) / 2), "y", Fmt.coord(height - 8),
                "text-anchor", "middle");
        h.close("g");
    }

    /** Linear map from USD to x pixels; a zero-width range is widened so every value has a place. */
    private record Scale(double lo, double hi, double from, double to) {

        static Scale of(double lo, double hi, double from, double to) {
            double pad = hi > lo ? (hi - lo) * 0.05 : Math.max(1.0, Math.abs(lo) * 0.05);
            return new Scale(lo - pad, hi + pad, from, to);
        }

        double at(double usd) {
            return from + (to - from) * (usd - lo) / (hi - lo);
        }
    }
}
