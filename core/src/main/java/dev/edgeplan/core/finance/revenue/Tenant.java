package dev.edgeplan.core.finance.revenue;

/**
 * One customer of a site.
 *
 * @param name          display name
 * @param sharePct      share of the site's sold capacity, percent
 * @param contractYears initial term
 * @param renewalPct    probability the contract is renewed at each term end, percent (100 − churn)
 */
public record Tenant(String name, double sharePct, double contractYears, double renewalPct) {

    public Tenant {
        if (!(sharePct >= 0 && sharePct <= 100) || !(contractYears > 0) || !(renewalPct >= 0 && renewalPct <= 100)) {
            throw new IllegalArgumentException("tenant " + name + ": share and renewal in [0, 100] %, term > 0 years");
        }
    }

    /** Expected share still contracted in operating year {@code year} (0-based): renewal^(terms ended so far). */
    public double retainedFraction(int year) {
        int termsEnded = (int) Math.floor((year + 1e-9) / contractYears);
        return Math.pow(renewalPct / 100.0, termsEnded);
    }
}
