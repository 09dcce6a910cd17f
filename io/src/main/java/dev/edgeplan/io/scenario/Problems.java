package dev.edgeplan.io.scenario;

import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/** Collects problems so that all of them are reported at once. */
final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** The scenario file's display name. */
    String file() {
        return file;
    }

    void add(Position at, String path, String message) {
        list.add(new Problem(at.file(), at.line(), at.column(), path, message));
    }

    /** A problem at a node of the scenario file. */
    void add(Node node, String path, String message) {
        add(Position.of(file, node), path, message);
    }

    Position position(Node node) {
        return Position.of(file, node);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(list);
    }
}
