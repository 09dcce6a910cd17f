package dev.edgeplan.core.finance.revenue;

import java.util.List;

/**
 * A site's tenants. With none declared, one anchor tenant takes everything and always renews: revenue is then
 * the capacity sold, and concentration is at its maximum (HHI 10,000).
 */
public record Tenancy(List<Tenant> tenants) {

    /** US DOJ/FTC 2023 Merger Guidelines: HHI above 1,800 is "highly concentrated"; 1,000–1,800 moderately. */
    public static final double HHI_HIGHLY_CONCENTRATED = 1_800.0;
    public static final double HHI_MODERATELY_CONCENTRATED = 1_000.0;

    public Tenancy {
        tenants = List.copyOf(tenants);
        double total = tenants.stream().mapToDouble(Tenant::sharePct).sum();
        if (!tenants.isEmpty() && total > 100.0 + 1e-6) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "tenant shares add up to %.2f %%, more than 100 %%", total));
        }
    }

    public static Tenancy singleAnchor() {
        return new Tenancy(List.of());
    }

    /** Share of the sold capacity under contract in operating year {@code year}, 0–1. */
    public double contractedFraction(int year) {
        if (tenants.isEmpty()) {
            return 1.0;
        }
        double sum = 0.0;
        for (Tenant t : tenants) {
            sum += t.sharePct() / 100.0 * t.retainedFraction(year);
        }
        return sum;
    }

    /** Herfindahl–Hirschman index of the tenant shares, 0–10,000 (shares in percent, squared and summed). */
    public double hhi() {
        if (tenants.isEmpty()) {
            return 10_000.0;
        }
        return tenants.stream().mapToDouble(t -> t.sharePct() * t.sharePct()).sum();
    }

    public String concentration() {
        double h = hhi();
        return h > HHI_HIGHLY_CONCENTRATED ? "high" : h >= HHI_MODERATELY_CONCENTRATED ? "moderate" : "low";
    }
}
