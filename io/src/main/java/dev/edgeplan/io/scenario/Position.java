package dev.edgeplan.io.scenario;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.Optional;

/** A place in an input file; line and column 1-based, 0/0 when unknown. */
record Position(String file, int line, int column) {

    static Position none(String file) {
        return new Position(file, 0, 0);
    }

    static Position of(String file, Optional<Mark> mark) {
        return mark.map(m -> new Position(file, m.getLine() + 1, m.getColumn() + 1)).orElse(none(file));
    }

    static Position of(String file, Node node) {
        return of(file, node.getStartMark());
    }

    /** "line 12" in the same file, "sites.csv:3" in another one. */
    String reference(String fromFile) {
        return file.equals(fromFile) ? "line " + line : file + ":" + line;
    }
}
