package dev.edgeplan.core.facility.cooling;

import dev.edgeplan.core.facility.climate.MonthlyClimate;

/** Synthetic climates for tests in other packages. */
public final class ClimatePuePropertiesTestAccess {

    private ClimatePuePropertiesTestAccess() {
    }

    /** Winter 2 °C, summer 24 °C, 10 K daily range, dew point 3 K below the daily minimum. */
    public static MonthlyClimate temperate() {
        return ClimatePuePropertiesTest.climate(2, 24, 10, 3);
    }
}
