package dev.edgeplan.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The RFC 4180 tokenizer: splits CSV text into rows of cells, each cell remembering the 1-based line
 * and column where it starts, so callers can report a bad value where it is. Header and row
 * semantics (names, field counts, types) are the callers' business. A hand-written single pass
 * (no regex), so a file of tens of thousands of rows parses in a few tens of milliseconds.
 *
 * <p>Accepted: comma separator; optional double-quoted fields with {@code ""} as an escaped quote;
 * quoted fields holding commas and line breaks (a line break inside one becomes {@code \n}); CRLF,
 * LF or lone CR line ends; an optional UTF-8 byte-order mark at the start (not counted as a column);
 * an optional final line end, which adds no row. Rejected with {@link CsvSyntaxException}: a quote
 * inside an unquoted field, text after a closing quote, an unterminated quoted field, and more rows
 * than the limit. Columns count code points.
 */
public final class CsvParser {

    /** What an empty line is. */
    public enum BlankLines {
        /** Skipped: it separates nothing and yields no row. */
        SKIP,
        /** A row of one empty cell, for callers that reject it. */
        KEEP
    }

    /** One field's text (quotes removed, {@code ""} unescaped) and where it starts. */
    public record Cell(String text, int line, int column) {
    }

    /**
     * One record, starting at {@code line}; {@code endColumn} is just past its last character on the
     * line where it ends (where a missing field would have gone).
     */
    public record Row(List<Cell> cells, int line, int endColumn) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final String text;
    private final BlankLines blankLines;
    private final int maxRows;
    private int rows;
    private int i;
    private int line = 1;
    private int column = 1;

    /**
     * A parser that reads {@code text} row by row; more than {@code maxRows} rows (header included)
     * is an error at the first row too many, after that row has been read (so a syntax error in it wins).
     */
    public CsvParser(String text, BlankLines blankLines, int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows < 0: " + maxRows);
        }
        this.text = text;
        this.blankLines = blankLines;
        this.maxRows = maxRows;
        this.i = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** All rows of {@code text}, header included; see {@link #CsvParser(String, BlankLines, int)}. */
    public static List<Row> parse(String text, BlankLines blankLines, int maxRows) throws CsvSyntaxException {
        CsvParser parser = new CsvParser(text, blankLines, maxRows);
        List<Row> rows = new ArrayList<>();
        Optional<Row> row;
        while ((row = parser.next()).isPresent()) {
            rows.add(row.get());
        }
        return rows;
    }

    /** The next row, or empty at the end of the text. */
    public Optional<Row> next() throws CsvSyntaxException {
        if (blankLines == BlankLines.SKIP) {
            while (!atEnd() && isLineBreak(peek())) {
                lineBreak();
            }
        }
        if (atEnd()) {
            return Optional.empty();
        }
        Row row = row();
        if (rows >= maxRows) {
            throw new CsvSyntaxException(CsvSyntaxException.Kind.TOO_MANY_ROWS, row.line(), 1, 1,
                    "more than " + maxRows + " rows (the limit)");
        }
        rows++;
        return Optional.of(row);
    }

    /** One record and the line break that ends it, if any. */
    private Row row() throws CsvSyntaxException {
        int rowLine = line;
        List<Cell> cells = new ArrayList<>();
        while (true) {
            cells.add(cell(cells.size() + 1));
            if (!atEnd() && peek() == ',') {
                advance();
                continue;
            }
            int end = column;
            if (!atEnd()) {
                lineBreak();
            }
            return new Row(cells, rowLine, end);
        }
    }

    private Cell cell(int field) throws CsvSyntaxException {
        int startLine = line;
        int startColumn = column;
        if (!atEnd() && peek() == '"') {
            advance();
            StringBuilder value = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw new CsvSyntaxException(CsvSyntaxException.Kind.UNTERMINATED_QUOTE, startLine, startColumn,
                            field, "unterminated quoted field (a '\"' opened here is never closed)");
                }
                char c = peek();
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    advance();
                    advance();
                } else if (c == '"') {
                    advance();
                    break;
                } else if (isLineBreak(c)) {
                    value.append('\n');
                    lineBreak();
                } else {
                    value.append(c);
                    advance();
                }
            }
            if (!atEnd() && peek() != ',' && !isLineBreak(peek())) {
                throw new CsvSyntaxException(CsvSyntaxException.Kind.TEXT_AFTER_QUOTE, line, column, field,
                        "unexpected '" + peek() + "' after a closing quote (expected ',' "
                                + "or end of line; write a quote inside a quoted field as \"\")");
            }
            return new Cell(value.toString(), startLine, startColumn);
        }
        int from = i;
        while (!atEnd() && peek() != ',' && !isLineBreak(peek())) {
            if (peek() == '"') {
                throw new CsvSyntaxException(CsvSyntaxException.Kind.QUOTE_IN_UNQUOTED_FIELD, line, column, field,
                        "quote inside an unquoted field (quote the whole field: \"…\")");
            }
            advance();
        }
        return new Cell(text.substring(from, i), startLine, startColumn);
    }

    private boolean atEnd() {
        return i >= text.length();
    }

    private char peek() {
        return text.charAt(i);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** One character; the second half of a surrogate pair takes no column. */
    private void advance() {
        if (!Character.isLowSurrogate(text.charAt(i))) {
            column++;
        }
        i++;
    }

    /** Consumes \n, \r\n or a lone \r. */
    private void lineBreak() {
        if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
        }
        i++;
        line++;
        column = 1;
    }
}
