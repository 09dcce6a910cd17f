package dev.edgeplan.io.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a scenario's CSV files are (relative paths resolve against the scenario's directory) and how big they may be;
 * a null {@code baseDir} means the scenario has no files at all (text received over the network).
 */
record CsvFiles(Path baseDir, InputLimits limits) {

    List<RecordSource> read(MappingReader section, ObjectSpec spec, List<String> requiredColumns, Problems problems) {
        return CsvRecords.read(section, this, spec, requiredColumns, problems);
    }
}
