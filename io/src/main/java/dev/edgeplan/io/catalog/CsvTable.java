package dev.edgeplan.io.catalog;

import dev.edgeplan.io.csv.CsvParser;
import dev.edgeplan.io.csv.CsvSyntaxException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed bundled-catalog CSV: a header row and data rows, each remembering the line it started on
 * so errors can name resource, line and column (here the column is the 1-based field number).
 * Tokenized by {@link CsvParser} (RFC 4180; see there for what is accepted).
 *
 * <p>Rejected (with {@link IllegalStateException}): CSV syntax errors, rows whose field count
 * differs from the header, duplicate or empty header names. Blank lines are rejected too: a bundled
 * catalog has none, and silently skipping them would hide editing mistakes.
 */
final class CsvTable {

    private final String resource;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String resource, List<String> header, List<Row> rows) {
        this.resource = resource;
        this.header = header;
        this.rows = rows;
    }

    String resource() {
        return resource;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** Parses {@code text}; {@code resource} only names the input in error messages. */
    static CsvTable parse(String resource, String text) {
        CsvParser parser = new CsvParser(text, CsvParser.BlankLines.KEEP, Integer.MAX_VALUE);
        List<CsvParser.Row> records = new ArrayList<>();
        try {
            Optional<CsvParser.Row> record;
            while ((record = parser.next()).isPresent()) {
                List<CsvParser.Cell> cells = record.get().cells();
                if (cells.size() == 1 && cells.get(0).text().isEmpty()) {
                    throw error(resource, record.get().line(), 1, "blank line");
                }
                records.add(record.get());
            }
        } catch (CsvSyntaxException e) {
            throw error(resource, e.line(), e.field(), switch (e.kind()) {
                case UNTERMINATED_QUOTE -> "unterminated quoted field";
                case TEXT_AFTER_QUOTE -> "text after closing quote";
                case QUOTE_IN_UNQUOTED_FIELD -> "quote inside an unquoted field";
                case TOO_MANY_ROWS -> e.getMessage();
            });
        }
        if (records.isEmpty()) {
            throw error(resource, 1, 1, "empty file: no header row");
        }
        List<String> header = List.of(values(records.get(0)));
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isBlank()) {
                throw error(resource, 1, c + 1, "empty column name in header");
            }
            if (header.indexOf(name) != c) {
                throw error(resource, 1, c + 1, "duplicate column name '" + name + "' in header");
            }
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        CsvTable table = new CsvTable(resource, header, rows);
        for (int r = 1; r < records.size(); r++) {
            int line = records.get(r).line();
            String[] values = values(records.get(r));
            if (values.length != header.size()) {
                throw error(resource, line, Math.min(values.length, header.size()) + 1,
                        "row has " + values.length + " fields, header has " + header.size());
            }
            rows.add(new Row(table, line, values));
        }
        return table;
    }

    private static String[] values(CsvParser.Row record) {
        return record.cells().stream().map(CsvParser.Cell::text).toArray(String[]::new);
    }

    /** Fails unless the header is exactly {@code expected}, in order. */
    CsvTable requireHeader(String... expected) {
        if (!header.equals(Arrays.asList(expected))) {
            for (int c = 0; c < Math.max(header.size(), expected.length); c++) {
                String got = c < header.size() ? header.get(c) : "(missing)";
                String want = c < expected.length ? expected[c] : "(none)";
                if (!got.equals(want)) {
                    throw error(resource, 1, c + 1, "header column is '" + got + "', expected '" + want
                            + "' (expected header: " + String.join(",", expected) + ")");
                }
            }
        }
        return this;
    }

    int columnIndex(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw error(resource, 1, 1, "no column '" + name + "' in header " + header);
        }
        return index;
    }

    static IllegalStateException error(String resource, int line, int column, String message) {
        return new IllegalStateException(resource + ":" + line + ":" + column + ": " + message);
    }

    /** One data row; typed getters fail with resource, line and column. */
    static final class Row {
        private final CsvTable table;
        private final int line;
        private final String[] values;

        Row(CsvTable table, int line, String[] values) {
            this.table = table;
            this.line = line;
            this.values = values;
        }

        int line() {
            return line;
        }

        String text(String column) {
            return values[table.columnIndex(column)];
        }

        String required(String column) {
            String value = text(column);
            if (value.isBlank()) {
                throw fail(column, "empty value");
            }
            return value;
        }

        double decimal(String column) {
            String value = required(column);
            try {
                double d = Double.parseDouble(value);
                if (!Double.isFinite(d)) {
                    throw fail(column, "not a finite number: '" + value + "'");
                }
                return d;
            } catch (NumberFormatException e) {
                throw fail(column, "not a number: '" + value + "'");
            }
        }

        int integer(String column) {
            String value = required(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw fail(column, "not an integer: '" + value + "'");
            }
        }

        long longValue(String column) {
            String value = required(column);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw fail(column, "not an integer: '" + value + "'");
            }
        }

        /** Empty → {@code whenEmpty}. */
        long longOr(String column, long whenEmpty) {
            return text(column).isEmpty() ? whenEmpty : longValue(column);
        }

        boolean bool(String column) {
            String value = required(column).toLowerCase(Locale.ROOT);
            if (value.equals("true")) {
                return true;
            }
            if (value.equals("false")) {
                return false;
            }
            throw fail(column, "expected true or false, got '" + text(column) + "'");
        }

        IllegalStateException fail(String column, String message) {
            return error(table.resource, line, table.columnIndex(column) + 1, "column " + column + ": " + message);
        }
    }
}
