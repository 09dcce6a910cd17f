package dev.edgeplan.core.finance.revenue;

/** How a site earns money from the capacity it serves. */
public enum RevenueModel {
    /** Tenant-owned IT: $ per kW of IT capacity in use per month. */
    COLOCATION("colocation"),
    /** Operator-owned accelerators rented by the hour. */
    GPU_HOURS("gpu_hours"),
    /** Operator-owned accelerators selling inference: $ per million output tokens (and per request for non-LLM). */
    TOKENS("tokens");

    private final String key;

    RevenueModel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** True when the operator buys the IT equipment (so IT capex and refresh are the operator's). */
    public boolean operatorOwnsIt() {
        return this != COLOCATION;
    }

    public static RevenueModel of(String key) {
        for (RevenueModel m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown revenue model '" + key + "'");
    }
}
