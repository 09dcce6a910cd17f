package dev.edgeplan.core.finance.capex;

/**
 * Construction subsystems of the Cushman &amp; Wakefield 2025 cost breakdown. Those that scale with IT capacity are
 * built block by block; the others are built with the first phase for the whole design.
 */
public enum Subsystem {
    CRITICAL_CAPACITY("critical_capacity", CapexDefaults.CRITICAL_CAPACITY_SHARE, true),
    WHITE_SPACE("white_space", CapexDefaults.WHITE_SPACE_SHARE, true),
    SHELL("shell", CapexDefaults.SHELL_SHARE, false),
    SITE("site", CapexDefaults.SITE_SHARE, false),
    BACK_OF_HOUSE("back_of_house", CapexDefaults.BACK_OF_HOUSE_SHARE, false),
    OFFICE("office", CapexDefaults.OFFICE_SHARE, false);

    private final String key;
    private final double share;
    private final boolean perBlock;

    Subsystem(String key, double share, boolean perBlock) {
        this.key = key;
        this.share = share;
        this.perBlock = perBlock;
    }

    public String key() {
        return key;
    }

    /** Share of the US average cost per MW. */
    public double share() {
        return share;
    }

    /** True when it is built with each block rather than once with the first phase. */
    public boolean perBlock() {
        return perBlock;
    }
}
