package dev.edgeplan.cli;

import dev.edgeplan.core.plan.PlanLimits;
import dev.edgeplan.io.scenario.InputLimits;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --limit KEY=VALUE[,KEY=VALUE…]}: raises (or lowers) the input and plan size limits of docs/limits.md.
 * Keys: file_mb, csv_mb, csv_rows, demand_points, candidate_sites, matrix_cells.
 */
final class LimitOptions {

    static final List<String> KEYS = List.of("file_mb", "csv_mb", "csv_rows", "demand_points", "candidate_sites",
            "matrix_cells");
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    @Option(names = "--limit", paramLabel = "KEY=VALUE", split = ",",
            description = "raise a size limit (docs/limits.md): file_mb, csv_mb, csv_rows, demand_points, "
                    + "candidate_sites, matrix_cells; e.g. --limit demand_points=1000000,matrix_cells=200000000")
    List<String> values = new ArrayList<>();

    /** Both sets of limits, or an IllegalArgumentException naming the bad entry and the valid keys. */
    Limits parse() {
        InputLimits in = InputLimits.DEFAULTS;
        PlanLimits plan = PlanLimits.DEFAULTS;
        for (String entry : values) {
            int eq = entry.indexOf('=');
            String key = eq < 0 ? entry : entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (eq < 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("--limit " + entry + ": expected KEY=VALUE with KEY one of "
                        + String.join(", ", KEYS));
            }
            double value;
            try {
                value = Double.parseDouble(entry.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--limit " + entry + ": expected a number after '='");
            }
            boolean megabytes = key.endsWith("_mb");
            if (megabytes ? !(value * BYTES_PER_MB >= 1) || Double.isInfinite(value)
                    : !(value >= 1) || Double.isInfinite(value) || value != Math.rint(value)) {
                throw new IllegalArgumentException("--limit " + entry + ": expected "
                        + (megabytes ? "a finite number of MB > 0" : "a whole number ≥ 1"));
            }
            switch (key) {
                case "file_mb" -> in = new InputLimits((long) (value * BYTES_PER_MB), in.csvFileBytes(), in.csvRows());
                case "csv_mb" -> in = new InputLimits(in.scenarioFileBytes(), (long) (value * BYTES_PER_MB), in.csvRows());
                case "csv_rows" -> in = new InputLimits(in.scenarioFileBytes(), in.csvFileBytes(), (int) Math.min(value,
                        Integer.MAX_VALUE - 1));
                case "demand_points" -> plan = new PlanLimits((int) Math.min(value, Integer.MAX_VALUE), plan.candidateSites(),
                        plan.matrixCells());
                case "candidate_sites" -> plan = new PlanLimits(plan.demandPoints(), (int) Math.min(value,
                        Integer.MAX_VALUE), plan.matrixCells());
                default -> plan = new PlanLimits(plan.demandPoints(), plan.candidateSites(), (long) value);
            }
        }
        return new Limits(in, plan);
    }

    record Limits(InputLimits input, PlanLimits plan) {
    }
}
