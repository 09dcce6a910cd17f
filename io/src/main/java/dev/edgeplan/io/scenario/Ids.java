package dev.edgeplan.io.scenario;

import java.util.HashMap;
import java.util.Map;

/** Ids of one kind (workload, demand point, site), to report a duplicate where it repeats. */
final class Ids {

    private final String kind;
    private final Problems problems;
    private final Map<String, Position> first = new HashMap<>();

    Ids(String kind, Problems problems) {
        this.kind = kind;
        this.problems = problems;
    }

    void add(String id, Position at, String path) {
        Position earlier = first.putIfAbsent(id, at);
        if (earlier != null) {
            problems.add(at, path, "duplicate " + kind + " id '" + id + "' (first at " + earlier.reference(at.file())
                    + ")");
        }
    }
}
