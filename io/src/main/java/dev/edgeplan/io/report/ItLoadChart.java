package dev.edgeplan.io.report;

import dev.edgeplan.core.phasing.YearLoad;
import dev.edgeplan.core.plan.SitePlan;

import java.util.List;

/**
 * Hand-written inline SVG bar chart of one site: nameplate IT kW its demand needs each year (bars) against
 * the IT kW built (dashed step line). Colours come from the page CSS classes so print styles apply.
 */
final class ItLoadChart {

    static final double WIDTH = 560;
    static final double HEIGHT = 280;
    private static final double LEFT = 72;
    private static final double RIGHT = 16;
    private static final double TOP = 40;
    private static final double BOTTOM = 52;
    private static final int MAX_BAR_LABELS = 12;
    private static final int MAX_YEAR_LABELS = 15;

    private ItLoadChart() {
    }

    static void write(Html h, SitePlan site) {
        List<YearLoad> years = site.years();
        String label = "IT kW needed per year vs IT kW online at site " + site.id();
        SvgPlot.open(h, WIDTH, HEIGHT, label);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double maxValue = 0.0;
        for (YearLoad y : years) {
            maxValue = Math.max(maxValue, Math.max(finite(y.itKw()), finite(y.onlineItKw())));
        }
        double step = niceStep(maxValue / 4.0);
        int ticks = Math.max(1, (int) Math.ceil(maxValue * 1.08 / step - 1e-9));
        double top = ticks * step;
        double baseY = TOP + plotH;

        // Grid and y axis ticks.
        h.open("g", "class", "axis");
        for (int i = 0; i <= ticks; i++) {
            double y = baseY - plotH * i / ticks;
            h.empty("line", "class", i == 0 ? "base" : "grid", "x1", Fmt.coord(LEFT), "y1", Fmt.coord(y),
                    "x2", Fmt.coord(LEFT + plotW), "y2", Fmt.coord(y));
            h.el("text", Fmt.num(step * i, decimals(step)), "x", Fmt.coord(LEFT - 6), "y", Fmt.coord(y + 4), "text-anchor", "end");
        }
        h.empty("line", "class", "base", "x1", Fmt.coord(LEFT), "y1", Fmt.coord(TOP),
                "x2", Fmt.coord(LEFT), "y2", Fmt.coord(baseY));
        h.el("text", "IT load (kW)", "class", "axis-title", "text-anchor", "middle",
                "transform", "translate(16 " + Fmt.coord(TOP + plotH / 2) + ") rotate(-90)");
        h.el("text", "Year from the decision to build", "class", "axis-title", "text-anchor", "middle",
                "x", Fmt.coord(LEFT + plotW / 2), "y", Fmt.coord(HEIGHT - 10));
        h.close("g");

        if (years.isEmpty()) {
            h.el("text", "no yearly load in the plan", "x", Fmt.coord(LEFT + plotW / 2), "y", Fmt.coord(TOP + plotH / 2),
                    "text-anchor", "middle");
            h.close("svg");
            return;
        }

        double slot = plotW / years.size();
        double barW = Math.min(56, slot * 0.6);
        int yearLabelEvery = (int) Math.ceil(years.size() / (double) MAX_YEAR_LABELS);
        h.open("g", "class", "bars");
        for (int i = 0; i < years.size(); i++) {
            YearLoad y = years.get(i);
            double value = finite(y.itKw());
            double barH = top > 0 ? plotH * value / top : 0.0;
            double cx = LEFT + slot * (i + 0.5);
            h.open("rect", "class", "bar", "x", Fmt.coord(cx - barW / 2), "y", Fmt.coord(baseY - barH),
                    "width", Fmt.coord(barW), "height", Fmt.coord(barH));
            h.el("title", "Year " + y.year() + ": " + Fmt.kw(value) + " kW needed of "
                    + Fmt.kw(finite(y.onlineItKw())) + " kW online (" + Fmt.pct(y.utilizationOfOnlinePct()) + " % used)");
            h.close("rect");
            if (years.size() <= MAX_BAR_LABELS) {
                // Inside the bar's top when it is tall enough, so the label never collides with the built line.
                boolean inside = barH >= 22;
                h.el("text", Fmt.num(value, top >= 100 ? 0 : 1), "class", inside ? "bar-label inside" : "bar-label", "x", Fmt.coord(cx),
                        "y", Fmt.coord(inside ? baseY - barH + 15 : baseY - barH - 5), "text-anchor", "middle");
            }
            if (i % yearLabelEvery == 0) {
                h.el("text", Integer.toString(y.year()), "x", Fmt.coord(cx), "y", Fmt.coord(baseY + 16),
                        "text-anchor", "middle");
            }
        }
        h.close("g");

        // Built capacity as a step line: one level per year, so a phased build shows its steps.
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            double built = finite(years.get(i).onlineItKw());
            double y = baseY - (top > 0 ? plotH * built / top : 0.0);
            path.append(i == 0 ? "M" : " L").append(Fmt.coord(LEFT + slot * i)).append(' ').append(Fmt.coord(y))
                    .append(" L").append(Fmt.coord(LEFT + slot * (i + 1))).append(' ').append(Fmt.coord(y));
        }
        h.empty("path", "class", "built", "d", path.toString());

        // Legend above the plot.
        double legendY = 16;
        h.open("g", "class", "legend");
        h.empty("rect", "class", "bar", "x", Fmt.coord(LEFT), "y", Fmt.coord(legendY - 9), "width", "12", "height", "12");
        h.el("text", "IT kW needed (nameplate)", "x", Fmt.coord(LEFT + 18), "y", Fmt.coord(legendY + 1));
        double second = LEFT + 200;
        h.empty("line", "class", "built", "x1", Fmt.coord(second), "y1", Fmt.coord(legendY - 3),
                "x2", Fmt.coord(second + 24), "y2", Fmt.coord(legendY - 3));
        YearLoad last = years.get(years.size() - 1);
        h.el("text", "IT kW online: " + Fmt.kw(finite(last.onlineItKw())) + " kW", "x", Fmt.coord(second + 30),
                "y", Fmt.coord(legendY + 1));
        h.close("g");
        h.close("svg");
    }

    /** Decimals that show every tick of this step exactly: 250 → 0, 2.5 → 1, 0.25 → 2. */
    static int decimals(double step) {
        for (int d = 0; d < 6; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1.0, scaled)) {
                return d;
            }
        }
        return 6;
    }

    /** The 1, 2, 2.5 or 5 × 10ⁿ step at or above {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1.0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw - 1e-12 * magnitude) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? Math.max(0.0, value) : 0.0;
    }
}
