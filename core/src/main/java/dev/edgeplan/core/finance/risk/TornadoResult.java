package dev.edgeplan.core.finance.risk;

import java.util.List;

/** The base-case NPV and one bar per driver, longest swing first (ties keep the drivers' order). */
public record TornadoResult(double baseNpvUsd, List<TornadoBar> bars) {

    public TornadoResult {
        bars = List.copyOf(bars);
    }
}
