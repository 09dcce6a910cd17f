package dev.edgeplan.io.capacity;

import dev.edgeplan.core.capacity.CapacityDefaults;
import dev.edgeplan.core.capacity.Roofline;
import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.BenchmarkResult;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.io.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The roofline (tier B) against measured MLPerf Offline throughput, for every (model, accelerator) pair of the
 * bundled results where the model's architecture and its benchmark dataset's mean lengths are in the catalog and
 * the accelerator has sourced TFLOPS. One global efficiency η is calibrated once (minimax of the log ratio over
 * the dense-model pairs) and stored in {@link CapacityDefaults#ROOFLINE_EFFICIENCY}. The table is printed and written to
 * target/roofline-validation.md; docs/capacity.md carries a copy.
 */
class RooflineValidationTest {

    /** The bound: every pair within ±40 % of measured after one calibration. */
    static final double MAX_ABS_ERROR = 0.40;

    /**
     * Pairs known to miss the bound, with why; they must stay below {@link #KNOWN_MAX_ABS_ERROR} so a regression
     * still fails. Both are mixture-of-experts prefill-heavy runs in the compute-bound regime, where the roofline's
     * datasheet dense peak (FP4 on B200, FP8 on MI300X) is not what grouped expert GEMMs reach; the dense models on
     * the same chips are within the bound. Sizing these pairs uses their MLPerf rows (tier A), not the roofline.
     */
    static final Map<String, String> KNOWN_OUTSIDE = Map.of(
            "mixtral-8x7b on b200", "MoE, FP4 datasheet peak not reached by expert GEMMs (v5.0, first B200 round)",
            "mixtral-8x7b on mi300x", "MoE, FP8 datasheet peak not reached by expert GEMMs");
    static final double KNOWN_MAX_ABS_ERROR = 1.0;

    record Row(String model, String accelerator, String round, String precision, int tensorParallel, double measured,
               double bound, boolean dense) {

        double errorAt(double efficiency) {
            return efficiency * bound / measured - 1.0;
        }
    }

    @Test
    void rooflineWithinFortyPercentOfMlperfOffline() throws IOException {
        Catalog catalog = CatalogLoader.loadBundled();
        List<Row> rows = new ArrayList<>();
        for (ModelProfile model : catalog.models()) {
            if (!model.hasArchitecture() || !model.hasBenchmarkLengths()) {
                continue;
            }
            for (Accelerator accelerator : catalog.accelerators()) {
                Optional<BenchmarkResult> offline = catalog.bestResult(accelerator, model, "Offline");
                if (offline.isEmpty() || accelerator.bf16DenseTflops() <= 0) {
                    continue;
                }
                BenchmarkResult r = offline.get();
                Roofline.Result bound = Roofline.evaluate(model, accelerator, r.precision(),
                        (int) Math.round(model.benchmarkInputTokens()), (int) Math.round(model.benchmarkOutputTokens()),
                        0, 1.0, 0, 8);
                rows.add(new Row(model.id(), accelerator.id(), r.round(), r.precision().key(), bound.tensorParallel(),
                        r.perAcceleratorPerS(), bound.perAcceleratorPerS(), model.paramsActiveB() >= model.paramsTotalB()));
            }
        }
        // η is calibrated on the dense models; mixture-of-experts pairs are checked against the same η
        List<Row> dense = rows.stream().filter(Row::dense).toList();
        double lo = dense.stream().mapToDouble(r -> r.measured() / r.bound()).min().orElseThrow();
        double hi = dense.stream().mapToDouble(r -> r.measured() / r.bound()).max().orElseThrow();
        double calibrated = Math.sqrt(lo * hi);
        String table = table(rows, calibrated);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "roofline-validation.md"), table);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
        assertThat(CapacityDefaults.ROOFLINE_EFFICIENCY).as("recalibrate: minimax η over the pairs is %.4f", calibrated)
                .isCloseTo(calibrated, within(0.005));
        for (Row row : rows) {
            String key = row.model() + " on " + row.accelerator();
            double error = Math.abs(row.errorAt(CapacityDefaults.ROOFLINE_EFFICIENCY));
            if (KNOWN_OUTSIDE.containsKey(key)) {
                assertThat(error).as(key).isGreaterThan(MAX_ABS_ERROR).isLessThan(KNOWN_MAX_ABS_ERROR);
            } else {
                assertThat(error).as(key).isLessThanOrEqualTo(MAX_ABS_ERROR);
            }
        }
    }

    static String table(List<Row> rows, double calibrated) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Roofline vs MLPerf Offline (newest round, best per accelerator); η = %.4f (minimax calibration on the "
                        + "dense models %.4f)%n%n"
                        + "| model | accelerator | round | weights | TP | measured tok/s/accel | roofline × η | error |%n"
                        + "|---|---|---|---|---|---|---|---|%n", CapacityDefaults.ROOFLINE_EFFICIENCY, calibrated));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %,.0f | %,.0f | %+.0f %% |%n", r.model(),
                    r.accelerator(), r.round(), r.precision(), r.tensorParallel(), r.measured(),
                    r.bound() * CapacityDefaults.ROOFLINE_EFFICIENCY, 100 * r.errorAt(CapacityDefaults.ROOFLINE_EFFICIENCY)));
        }
        return sb.toString();
    }
}
