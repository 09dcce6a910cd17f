package dev.edgeplan.io.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A parsed RFC 4180 CSV text: a header row and data rows, each remembering the line it started on so
 * errors can name resource, line and column. Self-contained, hand-written single pass (no regex), so
 * the 44k-row city file parses in a few tens of milliseconds.
 *
 * <p>Accepted: comma separator, optional double-quoted fields with {@code ""} as an escaped quote,
 * quoted fields spanning lines, CRLF or LF line ends, an optional UTF-8 byte-order mark, an optional
 * final line end. Rejected (with {@link IllegalStateException}): a quote inside an unquoted field,
 * text after a closing quote, an unterminated quoted field, rows whose field count differs from the
 * header, duplicate or empty header names. Blank lines are rejected too: a bundled catalog has none,
 * and silently skipping them would hide editing mistakes.
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
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int n = text.length();
        int i = (n > 0 && text.charAt(0) == '\uFEFF') ? 1 : 0;
        int line = 1;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (i < n) {
            int recordLine = line;
            fields.clear();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                field.setLength(0);
                int column = fields.size() + 1;
                if (i < n && text.charAt(i) == '"') {
                    int quoteLine = line;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw error(resource, quoteLine, column, "unterminated quoted field");
                        }
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                            } else {
                                i++;
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append(c);
                            i++;
                        }
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        throw error(resource, line, column, "text after closing quote");
                    }
                } else {
                    int start = i;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == ',' || c == '\r' || c == '\n') {
                            break;
                        }
                        if (c == '"') {
                            throw error(resource, line, column, "quote inside an unquoted field");
                        }
                        i++;
                    }
                    field.append(text, start, i);
                }
                fields.add(field.toString());
                if (i >= n) {
                    endOfRecord = true;
                } else {
                    char c = text.charAt(i);
                    if (c == ',') {
                        i++;
                    } else {
                        if (c == '\r') {
                            i++;
                            if (i < n && text.charAt(i) == '\n') {
                                i++;
                            }
                        } else {
                            i++;
                        }
                        line++;
                        endOfRecord = true;
                    }
                }
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                throw error(resource, recordLine, 1, "blank line");
            }
            records.add(fields.toArray(new String[0]));
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            throw error(resource, 1, 1, "empty file: no header row");
        }
        List<String> header = List.of(records.get(0));
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
            String[] values = records.get(r);
            if (values.length != header.size()) {
                throw error(resource, lines.get(r), Math.min(values.length, header.size()) + 1,
                        "row has " + values.length + " fields, header has " + header.size());
            }
            rows.add(new Row(table, lines.get(r), values));
        }
        return table;
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
