package dev.edgeplan.io.scenario;

import dev.edgeplan.io.csv.CsvParser;
import dev.edgeplan.io.csv.CsvSyntaxException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a points or sites CSV as {@link RecordSource}s. Columns are matched by header name
 * (any order); a {@code NUMBER_MAP} field {@code m} is spread over columns {@code m.<key>}.
 * Problems point into the CSV file itself.
 */
final class CsvRecords {


    private CsvRecords() {
    }

    /**
     * Reads the CSV named by {@code section}'s {@code csv} key (relative to {@code baseDir}); empty when
     * the key is absent or the file is unusable (reported).
     */
    static List<RecordSource> read(MappingReader section, CsvFiles files, ObjectSpec spec, List<String> requiredColumns,
                                   Problems problems) {
        Optional<String> name = section.optString("csv");
        if (name.isEmpty()) {
            return List.of();
        }
        if (files.baseDir() == null) {
            problems.add(section.position("csv"), section.path("csv"), "CSV files cannot be read here (a scenario sent "
                    + "over the web has no files beside it): give the demand points or sites inline, or use cities");
            return List.of();
        }
        Path resolved = files.baseDir().resolve(name.get()).normalize();
        String file = resolved.toString();
        String path = section.path("csv");
        TextFile.Loaded loaded = TextFile.read(resolved, files.limits().csvFileBytes(), "csv_mb");
        if (!loaded.ok()) {
            if (loaded.line() > 0) {
                problems.add(new Position(file, loaded.line(), loaded.column()), path, loaded.error());
            } else {
                problems.add(section.position("csv"), path, "cannot read CSV file '" + file + "': " + loaded.error());
            }
            return List.of();
        }
        return table(loaded.text(), file, path, String.join(",", requiredColumns), files.limits().csvRows(), problems)
                .map(table -> rows(table, file, path, spec, requiredColumns, problems))
                .orElse(List.of());
    }

    /**
     * The rows, header first (blank lines skipped); empty after reporting a structural error (bad
     * quoting, too many rows, no header), which ends reading.
     */
    private static Optional<List<CsvParser.Row>> table(String text, String file, String path, String expectedHeader,
                                                       int maxRows, Problems problems) {
        List<CsvParser.Row> rows;
        try {
            rows = CsvParser.parse(text, CsvParser.BlankLines.SKIP, maxRows + 1);
        } catch (CsvSyntaxException e) {
            String message = e.kind() == CsvSyntaxException.Kind.TOO_MANY_ROWS
                    ? "more than " + maxRows + " data rows (the limit; raise it with --limit csv_rows=N)"
                    : e.getMessage();
            problems.add(new Position(file, e.line(), e.column()), path, message);
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            problems.add(Position.none(file), path, "CSV file is empty (expected a header row: " + expectedHeader + ")");
            return Optional.empty();
        }
        return Optional.of(rows);
    }

    private static List<RecordSource> rows(List<CsvParser.Row> table, String file, String path, ObjectSpec spec,
                                           List<String> requiredColumns, Problems problems) {
        CsvParser.Row header = table.get(0);
        Optional<Map<String, Integer>> columns = columns(header, file, path, spec, requiredColumns, problems);
        if (columns.isEmpty()) {
            return List.of(); // rows of a broken header would only repeat the same problem
        }
        int width = header.cells().size();
        List<RecordSource> result = new ArrayList<>();
        for (CsvParser.Row row : table.subList(1, table.size())) {
            int size = row.cells().size();
            if (size != width) {
                int column = size > width ? row.cells().get(width).column() : row.endColumn();
                problems.add(new Position(file, row.line(), column), path,
                        "row has " + size + " fields but the header has " + width);
            } else {
                result.add(new CsvRow(row, file, path, spec, columns.get(), problems));
            }
        }
        return result;
    }

    /** Header name → column index, or empty after reporting unknown, duplicate or missing columns. */
    private static Optional<Map<String, Integer>> columns(CsvParser.Row header, String file, String path,
                                                          ObjectSpec spec, List<String> requiredColumns,
                                                          Problems problems) {
        List<String> allowed = new ArrayList<>();
        for (Field f : spec.fields()) {
            allowed.add(f.type() == Field.Type.NUMBER_MAP ? f.key() + ".<workload_id>" : f.key());
        }
        List<String> notGiven = new ArrayList<>(allowed);
        header.cells().forEach(c -> notGiven.remove(c.text().strip()));
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.cells().size(); i++) {
            CsvParser.Cell cell = header.cells().get(i);
            String name = cell.text().strip();
            Position at = new Position(file, cell.line(), cell.column());
            if (columns.containsKey(name)) {
                problems.add(at, path, "duplicate header column '" + name + "'");
                ok = false;
            } else if (!isColumn(spec, name)) {
                problems.add(at, path, Suggest.unknownKey(name, notGiven, allowed).replace("unknown key", "unknown column"));
                ok = false;
            }
            columns.putIfAbsent(name, i);
        }
        for (String required : requiredColumns) {
            if (!columns.containsKey(required)) {
                problems.add(new Position(file, header.line(), 1), path, "missing header column '" + required
                        + "' (the header must contain " + String.join(",", requiredColumns) + ")");
                ok = false;
            }
        }
        return ok ? Optional.of(columns) : Optional.empty();
    }

    private static boolean isColumn(ObjectSpec spec, String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return spec.field(name).filter(f -> f.type() != Field.Type.NUMBER_MAP).isPresent();
        }
        return dot < name.length() - 1
                && spec.field(name.substring(0, dot)).filter(f -> f.type() == Field.Type.NUMBER_MAP).isPresent();
    }

    /** One data row. Empty cells of optional columns mean "default". */
    private record CsvRow(CsvParser.Row row, String file, String csvPath, ObjectSpec spec,
                          Map<String, Integer> columns, Problems problems) implements RecordSource {

        @Override
        public String path(String key) {
            return csvPath + "." + key;
        }

        @Override
        public Position position(String key) {
            return cell(key).map(c -> new Position(file, c.line(), c.column()))
                    .orElse(new Position(file, row.line(), 1));
        }

        @Override
        public Optional<String> optString(String key) {
            return text(key).flatMap(t -> report(key, Values.checkString(t, spec.get(key))));
        }

        @Override
        public Optional<Double> optNumber(String key) {
            return text(key).flatMap(t -> report(key, Values.number(t, spec.get(key))));
        }

        @Override
        public List<Entry> numberMap(String key) {
            Field field = spec.get(key);
            String prefix = key + ".";
            List<Entry> result = new ArrayList<>();
            columns.forEach((column, index) -> { // header order
                String text = row.cells().get(index).text().strip();
                if (column.startsWith(prefix) && !text.isEmpty()) {
                    report(column, Values.number(text, field)).ifPresent(v ->
                            result.add(new Entry(column.substring(prefix.length()), v, position(column), path(column))));
                }
            });
            return result;
        }

        private Optional<CsvParser.Cell> cell(String key) {
            return Optional.ofNullable(columns.get(key)).map(i -> row.cells().get(i));
        }

        /** The stripped cell text; empty for a missing column or empty cell (reported when required). */
        private Optional<String> text(String key) {
            Optional<String> text = cell(key).map(c -> c.text().strip()).filter(t -> !t.isEmpty());
            if (text.isEmpty() && spec.get(key).required()) {
                problems.add(position(key), path(key), "missing value for required column '" + key + "'");
            }
            return text;
        }

        private <T> Optional<T> report(String key, Outcome<T> outcome) {
            if (outcome.value().isEmpty()) {
                problems.add(position(key), path(key), outcome.error());
            }
            return outcome.value();
        }
    }
}
