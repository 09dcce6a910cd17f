package dev.edgeplan.core.facility.cooling;

/**
 * Electrical power that ends up as heat in the building: IT plus UPS, distribution and lighting losses, kW.
 */
public record ElectricalLoad(double itKw, double upsLossKw, double distributionLossKw, double lightingKw) {

    /** Lei &amp; Masanet's form: UPS loss = IT/η − IT, distribution loss = IT/(1 − l) − IT, lighting = IT·f. */
    public static ElectricalLoad fixedEfficiency(double itKw, double upsEfficiency, double distributionLossFraction,
                                                 double lightingFraction) {
        return new ElectricalLoad(itKw, itKw / upsEfficiency - itKw, itKw / (1.0 - distributionLossFraction) - itKw,
                itKw * lightingFraction);
    }

    public double heatKw() {
        return itKw + upsLossKw + distributionLossKw + lightingKw;
    }

    public ElectricalLoad scaled(double factor) {
        return new ElectricalLoad(itKw * factor, upsLossKw * factor, distributionLossKw * factor, lightingKw * factor);
    }
}
