package dev.edgeplan.io.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny XHTML-style writer: every element is closed (void elements as {@code <meta/>}), every text and
 * attribute value is escaped, and one element or text line goes on each output line, indented two spaces
 * per level, so the page parses as XML and diffs line by line.
 */
final class Html {

    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Appends pre-built markup (doctype, CSS) verbatim. The caller guarantees it is well-formed. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Opens a container element; attributes are name/value pairs, a null value drops the attribute. */
    Html open(String tag, String... attributes) {
        indent();
        startTag(tag, attributes);
        out.append(">\n");
        open.push(tag);
        return this;
    }

    Html close(String tag) {
        String top = open.pop();
        if (!top.equals(tag)) {
            throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
        }
        indent();
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** An element holding only escaped text, on one line. */
    Html el(String tag, String text, String... attributes) {
        indent();
        startTag(tag, attributes);
        out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** An element holding inline markup already built with {@link #inline} and {@link #escape}. */
    Html elMarkup(String tag, String markup, String... attributes) {
        indent();
        startTag(tag, attributes);
        out.append('>').append(markup).append("</").append(tag).append(">\n");
        return this;
    }

    /** An element without content, written self-closed: {@code <meta charset="utf-8"/>}. */
    Html empty(String tag, String... attributes) {
        indent();
        startTag(tag, attributes);
        out.append("/>\n");
        return this;
    }

    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    /** An inline element as a string, for use inside {@link #elMarkup}: text is escaped. */
    static String inline(String tag, String text, String... attributes) {
        StringBuilder b = new StringBuilder();
        b.append('<').append(tag);
        appendAttributes(b, attributes);
        return b.append('>').append(escape(text)).append("</").append(tag).append('>').toString();
    }

    /**
     * Escapes text for element content and quoted attribute values. Characters XML 1.0 forbids (C0 controls
     * other than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || c == '\uFFFE' || c == '\uFFFF') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private void startTag(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(out, attributes);
    }

    private static void appendAttributes(StringBuilder b, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                b.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    private void indent() {
        out.append(INDENT.repeat(open.size()));
    }
}
