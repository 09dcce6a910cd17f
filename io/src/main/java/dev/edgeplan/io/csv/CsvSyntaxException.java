package dev.edgeplan.io.csv;

/**
 * CSV text that is not well-formed RFC 4180 (or has more rows than allowed). Carries where: the
 * 1-based line and column (in code points) of the offending character, and the 1-based number of the
 * field it is in, for callers that point at fields rather than characters. {@link #getMessage()} is
 * a complete sentence for a user; {@link #kind()} lets a caller word it its own way.
 */
public final class CsvSyntaxException extends Exception {

    /** What is wrong. */
    public enum Kind {
        /** A quoted field's opening quote is never closed; the position is the opening quote. */
        UNTERMINATED_QUOTE,
        /** Something other than ',' or a line end follows a closing quote; the position is that character. */
        TEXT_AFTER_QUOTE,
        /** A '"' inside an unquoted field; the position is that quote. */
        QUOTE_IN_UNQUOTED_FIELD,
        /** One row more than the limit; the position is the start of that row. */
        TOO_MANY_ROWS
    }

    private final Kind kind;
    private final int line;
    private final int column;
    private final int field;

    public CsvSyntaxException(Kind kind, int line, int column, int field, String message) {
        super(message);
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column, counted in code points. */
    public int column() {
        return column;
    }

    /** 1-based number of the field within its row. */
    public int field() {
        return field;
    }
}
