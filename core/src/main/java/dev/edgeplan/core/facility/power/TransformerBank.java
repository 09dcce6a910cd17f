package dev.edgeplan.core.facility.power;

/**
 * The energized MV/LV transformers of a site: {@code units} of {@code kva} each, all sharing the facility load
 * (redundant units are energized and share it, so their no-load losses count) [R]. Pad-mounted outdoors [R]: their
 * losses add to facility power but not to the heat the cooling plant removes.
 */
public record TransformerBank(int units, double kva) {

    /** No transformers modelled (the Lei &amp; Masanet examples; `calc pue` without an electrical plant). */
    public static final TransformerBank NONE = new TransformerBank(0, 0.0);

    /** Losses, kW, carrying {@code facilityKw} of real power at the site power factor. */
    public double lossKw(double facilityKw) {
        return TransformerLosses.lossKw(units, kva, facilityKw / PowerDefaults.POWER_FACTOR);
    }
}
