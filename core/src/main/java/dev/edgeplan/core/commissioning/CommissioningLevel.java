package dev.edgeplan.core.commissioning;

import java.util.List;

/** One level of the commissioning ladder with the tests it holds. A level starts when the previous one's issues are closed. */
public record CommissioningLevel(String level, String name, List<String> tests) {

    public CommissioningLevel {
        tests = List.copyOf(tests);
    }
}
