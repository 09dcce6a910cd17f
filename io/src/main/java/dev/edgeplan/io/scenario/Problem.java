package dev.edgeplan.io.scenario;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with an input file.
 *
 * @param file    the file as the user named it (scenario or CSV)
 * @param line    1-based line, 0 when no position is known
 * @param column  1-based column (code points), 0 when no position is known
 * @param path    the field, e.g. {@code workloads[0].latency_slo_ms}; empty for the whole file
 * @param message what was expected and what was found
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** Report order: by file, then position; problems without a position first. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE:COL: path: message}, or {@code FILE: path: message} without a position. */
    public String format() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
    }
}
