package dev.edgeplan.io.scenario;

/**
 * Input limits of the scenario reader: they keep a hostile or mistaken file from exhausting memory, and each can be
 * raised from the command line ({@code --limit KEY=VALUE}, docs/limits.md) when a real plan needs more.
 *
 * @param scenarioFileBytes largest scenario file read
 * @param csvFileBytes      largest demand or candidate CSV read
 * @param csvRows           most data rows in one CSV
 */
public record InputLimits(long scenarioFileBytes, long csvFileBytes, int csvRows) {

    /** 10 MB of YAML is far beyond any hand-written scenario; bulk data belongs in CSV. */
    public static final long DEFAULT_SCENARIO_FILE_BYTES = 10L * 1024 * 1024;
    /** 200 MB of CSV: about two million rows of demand points. */
    public static final long DEFAULT_CSV_FILE_BYTES = 200L * 1024 * 1024;
    /** A million rows; aggregate finer data with demand.cities.grid_km or beforehand. */
    public static final int DEFAULT_CSV_ROWS = 1_000_000;

    public static final InputLimits DEFAULTS = new InputLimits(DEFAULT_SCENARIO_FILE_BYTES, DEFAULT_CSV_FILE_BYTES,
            DEFAULT_CSV_ROWS);

    public InputLimits {
        if (scenarioFileBytes < 1 || csvFileBytes < 1 || csvRows < 1) {
            throw new IllegalArgumentException("limits must be ≥ 1");
        }
    }
}
