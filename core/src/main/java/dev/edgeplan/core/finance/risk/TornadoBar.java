package dev.edgeplan.core.finance.risk;

/** One driver swung to its low and high multiplier, every other driver at base (1.0). */
public record TornadoBar(String driverId, String label, double lowMultiplier, double highMultiplier,
                         double npvAtLowUsd, double npvAtHighUsd) {

    /** |NPV at high − NPV at low|: the bar's length. */
    public double swingUsd() {
        return Math.abs(npvAtHighUsd - npvAtLowUsd);
    }
}
