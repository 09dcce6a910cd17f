package dev.edgeplan.io.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The fields of one record, from a YAML mapping or a CSV row, so that points and sites are bound by
 * the same code whichever way they were given. Getters report bad values and return empty for them.
 */
interface RecordSource {

    /** A number-map entry, e.g. {@code chat: 30} in {@code share_pct} or a {@code requests_per_s.chat} cell. */
    record Entry(String key, double value, Position position, String path) {
    }

    ObjectSpec spec();

    /** Path of a field for problems, e.g. {@code demand.points[2].lat}. */
    String path(String key);

    /** Where a field's value is, or where the record starts when the field is absent. */
    Position position(String key);

    Optional<String> optString(String key);

    Optional<Double> optNumber(String key);

    /** Valid entries of a number map (bad entries are reported and left out). */
    List<Entry> numberMap(String key);

    default String string(String key, String fallback) {
        return optString(key).orElse(fallback);
    }

    /** The value, else the declared default (NaN when there is none: the problem is already reported). */
    default double number(String key) {
        return optNumber(key).orElseGet(() -> spec().get(key).defaultValue() instanceof Number n
                ? n.doubleValue() : Double.NaN);
    }
}
