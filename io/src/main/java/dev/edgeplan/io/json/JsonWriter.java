package dev.edgeplan.io.json;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small streaming JSON writer with deterministic output: two-space indentation, keys in call order,
 * doubles rounded to {@link #DECIMALS} places without exponent. Refuses NaN and infinities, which
 * must never reach a plan file.
 */
public final class JsonWriter {

    /** Decimal places kept for doubles: 0.1 mW of power, 0.01 cent of money, 0.1 µs of latency. */
    public static final int DECIMALS = 4;

    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;
    private int depth;
    private boolean first = true;
    private boolean afterKey;

    public JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public JsonWriter beginObject() {
        value();
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        value();
        out.append('[');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter name(String key) {
        separator();
        string(key);
        out.append(pretty ? ": " : ":");
        afterKey = true;
        return this;
    }

    public JsonWriter value(String s) {
        value();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        return this;
    }

    public JsonWriter value(long n) {
        value();
        out.append(n);
        return this;
    }

    public JsonWriter value(boolean b) {
        value();
        out.append(b);
        return this;
    }

    public JsonWriter value(double d) {
        return value(d, DECIMALS);
    }

    /** A double with more places than the default, for quantities like availability (0.99999996). */
    public JsonWriter value(double d, int decimals) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalStateException("refusing to write a non-finite number (" + d + ") to JSON");
        }
        value();
        out.append(format(d, decimals));
        return this;
    }

    public JsonWriter nullValue() {
        value();
        out.append("null");
        return this;
    }

    /** Shorthands for one field. */
    public JsonWriter field(String key, String s) {
        return name(key).value(s);
    }

    public JsonWriter field(String key, double d) {
        return name(key).value(d);
    }

    public JsonWriter field(String key, double d, int decimals) {
        return name(key).value(d, decimals);
    }

    public JsonWriter field(String key, long n) {
        return name(key).value(n);
    }

    /** The value, or JSON null when absent (an undefined IRR, a payback never reached). */
    public JsonWriter field(String key, java.util.OptionalDouble d) {
        name(key);
        return d.isPresent() ? value(d.getAsDouble()) : nullValue();
    }

    public JsonWriter field(String key, boolean b) {
        return name(key).value(b);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String format(double d) {
        return format(d, DECIMALS);
    }

    static String format(double d, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    private JsonWriter close(char c) {
        depth--;
        if (!first) {
            newline();
        }
        out.append(c);
        first = false;
        return this;
    }

    private void value() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        separator();
    }

    private void separator() {
        if (depth > 0) {
            if (!first) {
                out.append(',');
            }
            newline();
        }
        first = false;
    }

    private void newline() {
        if (pretty) {
            out.append('\n');
            out.append("  ".repeat(depth));
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
