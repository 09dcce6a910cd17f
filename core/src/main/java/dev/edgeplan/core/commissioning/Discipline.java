package dev.edgeplan.core.commissioning;

/** Trade that runs a test; each discipline is one test crew working its tests one after another. */
public enum Discipline {
    ELECTRICAL("electrical"), MECHANICAL("mechanical"), CONTROLS("controls and life safety"), NETWORK("network"),
    INTEGRATED("commissioning agent");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
