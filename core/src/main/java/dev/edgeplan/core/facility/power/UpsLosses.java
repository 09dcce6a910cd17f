package dev.edgeplan.core.facility.power;

/**
 * Part-load UPS losses in Schneider's three-term form (WP 113 "Electrical Efficiency Modeling for Data Centers"):
 * loss = rated × (no-load + proportional × x + square-law × x²), x = load ÷ rated. The coefficients are ours
 * [R]: they give 96.2 % efficiency at full load and 95.6 % at half load for a double-conversion UPS, with the
 * no-load term over 40 % of the losses below 60 % load as Schneider's "Definitions of losses" states.
 */
public final class UpsLosses {

    public static final double NO_LOAD = 0.012;
    public static final double PROPORTIONAL = 0.015;
    public static final double SQUARE_LAW = 0.013;

    private UpsLosses() {
    }

    /** UPS losses, kW, of installed capacity {@code installedKw} carrying {@code loadKw} (shared evenly). */
    public static double lossKw(double installedKw, double loadKw) {
        if (installedKw <= 0) {
            return 0.0;
        }
        double x = loadKw / installedKw;
        return installedKw * (NO_LOAD + PROPORTIONAL * x + SQUARE_LAW * x * x);
    }

    public static double efficiency(double installedKw, double loadKw) {
        return loadKw / (loadKw + lossKw(installedKw, loadKw));
    }
}
