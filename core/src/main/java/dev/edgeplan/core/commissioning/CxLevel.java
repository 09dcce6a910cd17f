package dev.edgeplan.core.commissioning;

/**
 * The commissioning ladder: the de-facto industry L1–L5 levels with the L0 design review and L6 turnover some
 * practitioners add, and their tag colours (shared/research/facility.md §2.15; archdesk.com, build.inc,
 * constructandcommission.com). A level starts only when the previous level's issues are closed.
 */
public enum CxLevel {
    L0("Design review", "office", "none", "owner's project requirements (OPR) and basis of design (BoD) issued",
            "the design meets the owner's requirements; the commissioning plan is issued"),
    L1("Factory witness test", "OEM factory", "red", "L0 closed: approved submittals and factory test procedures",
            "each major unit meets its specification before it ships"),
    L2("Delivery and site acceptance", "site", "yellow", "L1 closed: factory reports accepted, units released to ship",
            "delivered undamaged, complete and as submitted"),
    L3("Pre-functional and start-up", "site", "green", "L2 closed: equipment set in place and terminated",
            "installed correctly; first energization and start-up"),
    L4("Functional performance test", "site", "blue", "L3 closed: start-up reports signed, controls point-to-point done",
            "each system works in every mode on load banks"),
    L5("Integrated systems test", "site", "white", "L4 closed: every system passed its functional tests",
            "the whole facility rides through its design failures with no critical-load drop"),
    L6("Turnover", "site", "black", "L5 closed: IST report accepted",
            "documents, training and O&M handed over; the phase may carry IT load");

    private final String title;
    private final String where;
    private final String tag;
    private final String entryCriterion;
    private final String proves;

    CxLevel(String title, String where, String tag, String entryCriterion, String proves) {
        this.title = title;
        this.where = where;
        this.tag = tag;
        this.entryCriterion = entryCriterion;
        this.proves = proves;
    }

    public String title() {
        return title;
    }

    public String where() {
        return where;
    }

    public String tag() {
        return tag;
    }

    public String entryCriterion() {
        return entryCriterion;
    }

    public String proves() {
        return proves;
    }

    /** Levels L2–L6 happen on site after mechanical completion; L0 and L1 run during design and manufacturing. */
    public boolean onSite() {
        return ordinal() >= L2.ordinal();
    }
}
