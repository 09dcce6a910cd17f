package dev.edgeplan.io.report;

/**
 * Shared pieces of the report's hand-written SVG charts: the opening {@code <svg>} with its own stylesheet
 * (inline SVG drawn by a PDF renderer does not see the page's CSS, so each chart carries its colours), and an
 * axis frame with gridlines, y ticks at a nice step and axis titles with units.
 */
final class SvgPlot {

    static final double LEFT = 72;
    static final double RIGHT = 16;
    static final double TOP = 40;
    static final double BOTTOM = 52;

    /** Chart colours; series s0–s5 are distinguishable in colour and in grey print. */
    static final String STYLE = String.join(" ",
            "text { fill: #5b6475; font-size: 11px; font-family: system-ui, Arial, 'DejaVu Sans', sans-serif; }",
            ".axis-title { font-size: 12px; font-weight: 600; fill: #1d2330; }",
            ".bar-label { fill: #1d2330; } .bar-label.inside { fill: #ffffff; font-weight: 600; }",
            "line.grid { stroke: #e6e9ef; } line.base { stroke: #8a93a3; }",
            ".bar { fill: #5b8ac6; } .bar.low { fill: #c8553d; } .bar.high { fill: #3f8f5f; } .bar.neg { fill: #c8553d; }",
            ".built { fill: none; stroke: #a3261b; stroke-width: 2; stroke-dasharray: 6 4; }",
            ".line { fill: none; stroke-width: 2; } .marker { stroke: #1d2330; stroke-width: 1.5; stroke-dasharray: 4 3; }",
            ".s0 { stroke: #2f5f98; fill: #2f5f98; } .s1 { stroke: #c8553d; fill: #c8553d; }",
            ".s2 { stroke: #3f8f5f; fill: #3f8f5f; } .s3 { stroke: #8a5fb0; fill: #8a5fb0; }",
            ".s4 { stroke: #b08a1e; fill: #b08a1e; } .s5 { stroke: #5b6475; fill: #5b6475; }",
            ".line.s0, .line.s1, .line.s2, .line.s3, .line.s4, .line.s5 { fill: none; }",
            ".legend text { fill: #1d2330; }",
            ".land { fill: #f1f3f6; stroke: #c3c9d4; stroke-width: 0.6; }",
            ".reach { fill: #2f5f98; fill-opacity: 0.10; stroke: #2f5f98; stroke-opacity: 0.5; stroke-width: 0.8; }",
            ".demand { fill: #c8553d; fill-opacity: 0.55; stroke: none; }",
            ".demand.out { fill: #5b6475; }",
            ".candidate { fill: #ffffff; stroke: #5b6475; stroke-width: 1.2; }",
            ".chosen { fill: #2f5f98; stroke: #ffffff; stroke-width: 1.5; }");

    private SvgPlot() {
    }

    /** Opens a chart: {@code <svg class="chart">} with a title for screen readers and the chart stylesheet. */
    static void open(Html h, double width, double height, String label) {
        h.open("svg", "class", "chart", "viewBox", "0 0 " + Fmt.coord(width) + " " + Fmt.coord(height),
                "role", "img", "aria-label", label);
        h.el("title", label);
        h.el("style", STYLE);
    }

    /** Plot area of a chart and its value → pixel mapping on y. */
    record Frame(double left, double top, double plotW, double plotH, double yMin, double yMax) {

        double y(double value) {
            double v = Double.isFinite(value) ? Math.max(yMin, Math.min(yMax, value)) : yMin;
            return top + plotH * (yMax - v) / (yMax - yMin);
        }

        /** x of the middle of slot {@code i} of {@code n}. */
        double slotCenter(int i, int n) {
            return left + plotW * (i + 0.5) / n;
        }

        double bottom() {
            return top + plotH;
        }
    }

    /**
     * Gridlines and y ticks spanning {@code dataMin}…{@code dataMax} (with zero when {@code fromZero}), y and x
     * axis titles. Tick labels are divided by {@code tickDivisor} (e.g. 1e6 for a "M USD" axis).
     */
    static Frame frame(Html h, double width, double height, double dataMin, double dataMax, boolean fromZero,
                       double tickDivisor, String yTitle, String xTitle) {
        double lo = fromZero ? Math.min(0.0, finiteOr0(dataMin)) : finiteOr0(dataMin);
        double hi = fromZero ? Math.max(0.0, finiteOr0(dataMax)) : finiteOr0(dataMax);
        if (hi - lo <= 0) {
            hi = 1.0;
        }
        double step = ItLoadChart.niceStep((hi - lo) / 4.0);
        double yMin = Math.floor(lo / step + 1e-9) * step;
        double yMax = Math.ceil((hi + (hi - lo) * 0.05) / step - 1e-9) * step;
        Frame f = new Frame(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM, yMin, Math.max(yMax, yMin + step));
        h.open("g", "class", "axis");
        int decimals = ItLoadChart.decimals(step / tickDivisor);
        for (double v = f.yMin(); v <= f.yMax() + step * 1e-6; v += step) {
            double y = f.y(v);
            h.empty("line", "class", Math.abs(v) < step * 1e-6 ? "base" : "grid", "x1", Fmt.coord(f.left()),
                    "y1", Fmt.coord(y), "x2", Fmt.coord(f.left() + f.plotW()), "y2", Fmt.coord(y));
            h.el("text", Fmt.num(v / tickDivisor, decimals), "x", Fmt.coord(f.left() - 6), "y", Fmt.coord(y + 4),
                    "text-anchor", "end");
        }
        h.empty("line", "class", "base", "x1", Fmt.coord(f.left()), "y1", Fmt.coord(f.top()),
                "x2", Fmt.coord(f.left()), "y2", Fmt.coord(f.bottom()));
        h.el("text", yTitle, "class", "axis-title", "text-anchor", "middle",
                "transform", "translate(16 " + Fmt.coord(f.top() + f.plotH() / 2) + ") rotate(-90)");
        h.el("text", xTitle, "class", "axis-title", "text-anchor", "middle",
                "x", Fmt.coord(f.left() + f.plotW() / 2), "y", Fmt.coord(height - 10));
        h.close("g");
        return f;
    }

    /** One legend entry at (x, y): a swatch of {@code cssClass} and its text. */
    static void legend(Html h, double x, double y, String cssClass, String text) {
        h.empty("rect", "class", "swatch " + cssClass, "x", Fmt.coord(x), "y", Fmt.coord(y - 9), "width", "12", "height", "12");
        h.el("text", text, "class", "legend", "x", Fmt.coord(x + 18), "y", Fmt.coord(y + 1));
    }

    private static double finiteOr0(double v) {
        return Double.isFinite(v) ? v : 0.0;
    }
}
