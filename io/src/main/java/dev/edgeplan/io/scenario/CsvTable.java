package dev.edgeplan.io.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An RFC 4180 CSV file split into cells that remember their line and column, so a bad value is
 * reported where it is. Quoted fields may hold commas, doubled quotes and line breaks; blank lines
 * are skipped.
 */
final class CsvTable {

    static final int MAX_ROWS = 1_000_000;

    record Cell(String text, int line, int column) {
    }

    /** One record; {@code endColumn} is just past its last character (for "too few fields"). */
    record Row(List<Cell> cells, int line, int endColumn) {
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    Row header() {
        return rows.get(0);
    }

    List<Row> dataRows() {
        return rows.subList(1, rows.size());
    }

    /** Parses the text; a structural error (bad quoting, too many rows, no header) is reported and ends reading. */
    static Optional<CsvTable> parse(String text, String file, String path, String expectedHeader, Problems problems) {
        Parser parser = new Parser(text);
        List<Row> rows = new ArrayList<>();
        try {
            Optional<Row> row;
            while ((row = parser.next()).isPresent()) {
                if (rows.size() > MAX_ROWS) {
                    problems.add(new Position(file, row.get().line(), 1), path,
                            "more than " + MAX_ROWS + " data rows (the limit)");
                    return Optional.empty();
                }
                rows.add(row.get());
            }
        } catch (SyntaxError e) {
            problems.add(new Position(file, e.line, e.column), path, e.getMessage());
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            problems.add(Position.none(file), path, "CSV file is empty (expected a header row: " + expectedHeader + ")");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(rows));
    }

    private static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    /** Character-level state machine; tracks line and column of every character. */
    private static final class Parser {
        private final String text;
        private int i;
        private int line = 1;
        private int column = 1;

        Parser(String text) {
            this.text = text;
        }

        Optional<Row> next() throws SyntaxError {
            while (i < text.length() && isLineBreak(text.charAt(i))) {
                lineBreak(); // blank lines separate nothing
            }
            if (i >= text.length()) {
                return Optional.empty();
            }
            int rowLine = line;
            List<Cell> cells = new ArrayList<>();
            while (true) {
                cells.add(cell());
                if (i < text.length() && text.charAt(i) == ',') {
                    advance();
                    continue;
                }
                int end = column;
                if (i < text.length()) {
                    lineBreak();
                }
                return Optional.of(new Row(cells, rowLine, end));
            }
        }

        private Cell cell() throws SyntaxError {
            int startLine = line;
            int startColumn = column;
            if (i < text.length() && text.charAt(i) == '"') {
                advance();
                StringBuilder value = new StringBuilder();
                while (true) {
                    if (i >= text.length()) {
                        throw new SyntaxError("unterminated quoted field (a '\"' opened here is never closed)",
                                startLine, startColumn);
                    }
                    char c = text.charAt(i);
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
                if (i < text.length() && text.charAt(i) != ',' && !isLineBreak(text.charAt(i))) {
                    throw new SyntaxError("unexpected '" + text.charAt(i) + "' after a closing quote (expected ',' "
                            + "or end of line; write a quote inside a quoted field as \"\")", line, column);
                }
                return new Cell(value.toString(), startLine, startColumn);
            }
            int from = i;
            while (i < text.length() && text.charAt(i) != ',' && !isLineBreak(text.charAt(i))) {
                if (text.charAt(i) == '"') {
                    throw new SyntaxError("quote inside an unquoted field (quote the whole field: \"…\")",
                            line, column);
                }
                advance();
            }
            return new Cell(text.substring(from, i), startLine, startColumn);
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r';
        }

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
}
