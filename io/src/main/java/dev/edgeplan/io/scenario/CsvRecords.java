package dev.edgeplan.io.scenario;

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

    static final long MAX_BYTES = 200L * 1024 * 1024;

    private CsvRecords() {
    }

    /**
     * Reads the CSV named by {@code section}'s {@code csv} key (relative to {@code baseDir}); empty when
     * the key is absent or the file is unusable (reported).
     */
    static List<RecordSource> read(MappingReader section, Path baseDir, ObjectSpec spec, List<String> requiredColumns,
                                   Problems problems) {
        Optional<String> name = section.optString("csv");
        if (name.isEmpty()) {
            return List.of();
        }
        Path resolved = baseDir.resolve(name.get()).normalize();
        String file = resolved.toString();
        String path = section.path("csv");
        TextFile.Loaded loaded = TextFile.read(resolved, MAX_BYTES);
        if (!loaded.ok()) {
            if (loaded.line() > 0) {
                problems.add(new Position(file, loaded.line(), loaded.column()), path, loaded.error());
            } else {
                problems.add(section.position("csv"), path, "cannot read CSV file '" + file + "': " + loaded.error());
            }
            return List.of();
        }
        return CsvTable.parse(loaded.text(), file, path, String.join(",", requiredColumns), problems)
                .map(table -> rows(table, file, path, spec, requiredColumns, problems))
                .orElse(List.of());
    }

    private static List<RecordSource> rows(CsvTable table, String file, String path, ObjectSpec spec,
                                           List<String> requiredColumns, Problems problems) {
        Optional<Map<String, Integer>> columns = columns(table.header(), file, path, spec, requiredColumns, problems);
        if (columns.isEmpty()) {
            return List.of(); // rows of a broken header would only repeat the same problem
        }
        int width = table.header().cells().size();
        List<RecordSource> result = new ArrayList<>();
        for (CsvTable.Row row : table.dataRows()) {
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
    private static Optional<Map<String, Integer>> columns(CsvTable.Row header, String file, String path,
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
            CsvTable.Cell cell = header.cells().get(i);
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
    private record CsvRow(CsvTable.Row row, String file, String csvPath, ObjectSpec spec,
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

        private Optional<CsvTable.Cell> cell(String key) {
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
