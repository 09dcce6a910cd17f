package dev.edgeplan.core.finance.risk;

/** How the Monte Carlo spreads each driver's uniform numbers over (0, 1). */
public enum Sampling {

    /** Independent uniforms, draw by draw: the first n draws of a longer run are the n-draw run. */
    RANDOM,

    /**
     * Latin hypercube (McKay, Beckman &amp; Conover 1979; the default of @RISK and Crystal Ball): for n draws each
     * driver gets one uniform in each of the n equal strata of (0, 1), in a random order per driver. Every driver's
     * marginal distribution is then covered evenly, which for models close to additive in the drivers cuts the
     * sampling error of the mean and the percentiles several-fold at the same n.
     */
    LATIN_HYPERCUBE
}
