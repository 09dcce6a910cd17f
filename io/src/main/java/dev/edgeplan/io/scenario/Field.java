package dev.edgeplan.io.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One key of the scenario format, declared once: the reader checks input against it, suggests
 * keys from it, and a test holds the JSON Schema to it.
 *
 * @param range         allowed numbers (NUMBER, INTEGER, map values) or list lengths (OBJECT_LIST)
 * @param allowed       the spellings of an ENUM
 * @param pattern       regex a STRING (or each STRING_LIST item) must match; null = any non-empty string
 * @param object        the nested object of OBJECT / OBJECT_LIST
 * @param defaultValue  value used when the key is absent; null when there is none or it depends on other input
 * @param defaultText   the default as documented (may name the source)
 */
record Field(String key, Type type, boolean required, Range range, List<String> allowed, String pattern,
             ObjectSpec object, Object defaultValue, String defaultText, String unit, String description) {

    enum Type { STRING, INTEGER, NUMBER, ENUM, STRING_LIST, NUMBER_MAP, OBJECT, OBJECT_LIST }

    Field {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(range, "range");
        allowed = List.copyOf(allowed);
    }

    static Field of(String key, Type type, String description) {
        return new Field(key, type, false, Range.ANY, List.of(), null, null, null, "", "", description);
    }

    Field mandatory() {
        return new Field(key, type, true, range, allowed, pattern, object, defaultValue, "required", unit, description);
    }

    Field range(Range r) {
        return new Field(key, type, required, r, allowed, pattern, object, defaultValue, defaultText, unit, description);
    }

    Field allowed(String... values) {
        return new Field(key, type, required, range, List.of(values), pattern, object, defaultValue, defaultText, unit,
                description);
    }

    Field pattern(String regex) {
        return new Field(key, type, required, range, allowed, regex, object, defaultValue, defaultText, unit, description);
    }

    Field object(ObjectSpec spec) {
        return new Field(key, type, required, range, allowed, pattern, spec, defaultValue, defaultText, unit, description);
    }

    /** A fixed default. */
    Field byDefault(Object value, String text) {
        return new Field(key, type, required, range, allowed, pattern, object, value, text, unit, description);
    }

    /** A default that depends on other input (documented only). */
    Field byDefault(String text) {
        return byDefault(null, text);
    }

    Field unit(String u) {
        return new Field(key, type, required, range, allowed, pattern, object, defaultValue, defaultText, u, description);
    }

    /** "a number between -90 and 90", "an integer >= 1", "a string", "one of llm, vision". */
    String expected() {
        return switch (type) {
            case NUMBER, NUMBER_MAP -> withRange("a number");
            case INTEGER -> withRange("an integer");
            // a STRING_LIST's items are checked one by one, so the expectation is the item's
            case STRING, STRING_LIST -> pattern == null ? "a non-empty string" : "a string matching " + pattern;
            case ENUM -> "one of " + String.join(", ", allowed);
            case OBJECT -> "a mapping";
            case OBJECT_LIST -> "a list";
        };
    }

    private String withRange(String noun) {
        String r = range.describe();
        return r.isEmpty() ? noun : noun + " " + r;
    }
}
