package dev.edgeplan.io.scenario;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Converts YAML scalars (typed by the YAML 1.2 core schema) and CSV cells into checked values.
 * Every failure message says what was expected and what was found.
 */
final class Values {

    private Values() {
    }

    private static final Pattern NON_FINITE_YAML = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern NON_FINITE_TEXT = Pattern.compile("(?i)[-+]?\\.?(nan|inf|infinity)");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final int MAX_SHOWN = 40;

    /** "a string 'abc'", "a number 12", "a boolean true", "null", "a list", "a mapping". */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = shorten(scalar.getValue());
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return "null";
        }
        if (Tag.BOOL.equals(tag)) {
            return "a boolean " + text;
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "a number " + text;
        }
        if (!Tag.STR.equals(tag)) {
            return "a value tagged " + tag.getValue();
        }
        return "a string '" + text + "'";
    }

    static Outcome<String> string(Node node, Field field) {
        if (!isTagged(node, Tag.STR)) {
            String hint = node instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag())
                    || Tag.BOOL.equals(s.getTag()))
                    ? " (quote it: '" + shorten(s.getValue()) + "')" : "";
            return Outcome.fail("expected " + field.expected() + ", got " + describe(node) + hint);
        }
        return checkString(((ScalarNode) node).getValue(), field);
    }

    static Outcome<String> checkString(String text, Field field) {
        if (text.isBlank()) {
            return Outcome.fail("expected " + field.expected() + ", got an empty string");
        }
        if (field.pattern() != null && !text.matches(field.pattern())) {
            return Outcome.fail("expected " + field.expected() + ", got '" + shorten(text) + "'");
        }
        return Outcome.ok(text);
    }

    static Outcome<String> enumValue(Node node, Field field) {
        if (isTagged(node, Tag.STR) && field.allowed().contains(((ScalarNode) node).getValue())) {
            return Outcome.ok(((ScalarNode) node).getValue());
        }
        return Outcome.fail("expected " + field.expected() + ", got " + describe(node));
    }

    static Outcome<Double> number(Node node, Field field) {
        return decimal(node, field).then(d -> checkNumber(d, raw(node), field));
    }

    static Outcome<Long> integer(Node node, Field field) {
        return decimal(node, field).then(d -> checkInteger(d, raw(node), field));
    }

    /** A CSV cell (already known to be non-empty). */
    static Outcome<Double> number(String text, Field field) {
        String t = text.strip();
        if (NON_FINITE_TEXT.matcher(t).matches()) {
            return Outcome.fail("expected a finite number, got '" + shorten(t) + "'");
        }
        if (!DECIMAL.matcher(t).matches()) {
            return Outcome.fail("expected " + field.expected() + ", got '" + shorten(t) + "'");
        }
        return parse(t).then(d -> checkNumber(d, t, field));
    }

    private static Outcome<BigDecimal> decimal(Node node, Field field) {
        if (!(node instanceof ScalarNode scalar)) {
            return Outcome.fail("expected " + field.expected() + ", got " + describe(node));
        }
        String text = scalar.getValue().strip();
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag)) {
            return Outcome.ok(new BigDecimal(integerText(text)));
        }
        boolean nonFinite = Tag.FLOAT.equals(tag) ? NON_FINITE_YAML.matcher(text).matches()
                : Tag.STR.equals(tag) && NON_FINITE_TEXT.matcher(text).matches();
        if (nonFinite) {
            return Outcome.fail("expected a finite number, got " + describe(node));
        }
        if (!Tag.FLOAT.equals(tag)) {
            return Outcome.fail("expected " + field.expected() + ", got " + describe(node));
        }
        return parse(text);
    }

    /** Core-schema ints: decimal, 0o octal, 0x hex. */
    private static BigInteger integerText(String text) {
        if (text.startsWith("0x")) {
            return new BigInteger(text.substring(2), 16);
        }
        if (text.startsWith("0o")) {
            return new BigInteger(text.substring(2), 8);
        }
        return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }

    private static Outcome<BigDecimal> parse(String text) {
        try {
            return Outcome.ok(new BigDecimal(text));
        } catch (NumberFormatException e) { // exponent beyond int range
            return Outcome.fail("number " + shorten(text) + " is outside the range of a double");
        }
    }

    /** {@code raw} is the number as written, for messages. */
    private static Outcome<Double> checkNumber(BigDecimal d, String raw, Field field) {
        double v = d.doubleValue();
        if (Double.isInfinite(v)) {
            return Outcome.fail("number " + shorten(raw) + " is outside the range of a double");
        }
        if (!field.range().contains(v)) {
            return Outcome.fail("expected " + field.expected() + ", got " + shorten(raw));
        }
        return Outcome.ok(v);
    }

    private static Outcome<Long> checkInteger(BigDecimal d, String raw, Field field) {
        if (d.stripTrailingZeros().scale() > 0 || !field.range().contains(d.doubleValue())) {
            return Outcome.fail("expected " + field.expected() + ", got " + shorten(raw));
        }
        if (d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 || d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Outcome.fail("integer " + shorten(raw) + " is outside the allowed range "
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
        return Outcome.ok(d.longValue());
    }

    private static String raw(Node node) {
        return ((ScalarNode) node).getValue().strip();
    }

    private static boolean isTagged(Node node, Tag tag) {
        return node instanceof ScalarNode && tag.equals(node.getTag());
    }

    static String shorten(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
    }
}
