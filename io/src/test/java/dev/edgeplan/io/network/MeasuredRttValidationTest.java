package dev.edgeplan.io.network;

import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.network.RoundTrip;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.io.csv.CsvParser;
import dev.edgeplan.io.csv.CsvSyntaxException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default latency model (access {@code none}: server to server) against measured round trips between
 * cities, from src/test/resources/network/measured-rtt.csv (source per row). The error table is written to
 * target/measured-rtt-validation.md; docs/network.md carries a copy, and this test fails if they differ.
 *
 * <p>Documented bounds, per set (IBM cloud backbone, 2011 public Internet, AWS pairs under 3,000 km): the
 * median absolute error of the median estimate is at most {@value #MAX_MEDIAN_ABS_ERROR_PCT} %, its median
 * signed error within ±{@value #MAX_MEDIAN_BIAS_PCT} %, and the p90 estimate is at or above the measurement
 * for at least the share in {@link #MIN_P90_COVER_PCT} (a p90 should cover about 90 %; the shortfall on the
 * long-haul and 2011 sets is the heavy tail named in docs/network.md).
 */
class MeasuredRttValidationTest {

    static final double MAX_MEDIAN_ABS_ERROR_PCT = 15.0;
    static final double MAX_MEDIAN_BIAS_PCT = 15.0;
    static final Map<String, Double> MIN_P90_COVER_PCT = Map.of("cloud", 75.0, "internet", 60.0, "aws", 85.0);
    static final List<String> SETS = List.of("cloud", "internet", "aws");

    record Pair(String set, String from, String to, double measuredMs, RoundTrip model) {

        double errorPct() {
            return (model.rttMs() - measuredMs) / measuredMs * 100.0;
        }

        boolean coveredByP90() {
            return measuredMs <= model.rttMsP90();
        }
    }

    static List<Pair> pairs() throws IOException, CsvSyntaxException {
        String text;
        try (InputStream in = MeasuredRttValidationTest.class.getResourceAsStream("/network/measured-rtt.csv")) {
            text = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
        }
        List<CsvParser.Row> rows = CsvParser.parse(text, CsvParser.BlankLines.SKIP, 10_000);
        List<String> header = rows.get(0).cells().stream().map(CsvParser.Cell::text).toList();
        LatencyModel model = new LatencyModel(LatencyModel.defaults());
        List<Pair> pairs = new ArrayList<>();
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            List<String> c = row.cells().stream().map(CsvParser.Cell::text).toList();
            assertThat(c.get(header.indexOf("source"))).as("source of line " + row.line()).isNotBlank();
            RoundTrip rt = model.roundTrip(num(c, header, "from_lat"), num(c, header, "from_lon"),
                    num(c, header, "to_lat"), num(c, header, "to_lon"), AccessType.NONE, 0);
            pairs.add(new Pair(c.get(header.indexOf("set")), c.get(header.indexOf("from")), c.get(header.indexOf("to")),
                    num(c, header, "measured_rtt_ms"), rt));
        }
        return pairs;
    }

    private static double num(List<String> cells, List<String> header, String column) {
        return Double.parseDouble(cells.get(header.indexOf(column)));
    }

    @Test
    void modelErrorIsWithinTheDocumentedBounds() throws IOException, CsvSyntaxException {
        List<Pair> all = pairs();
        String table = table(all);
        Path out = Path.of("target", "measured-rtt-validation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        for (String set : SETS) {
            List<Pair> pairs = all.stream().filter(p -> p.set().equals(set)).toList();
            assertThat(pairs).as(set).hasSizeGreaterThanOrEqualTo(20);
            assertThat(median(pairs.stream().mapToDouble(p -> Math.abs(p.errorPct())).toArray())).as(set + " median |error|")
                    .isLessThanOrEqualTo(MAX_MEDIAN_ABS_ERROR_PCT);
            assertThat(Math.abs(median(pairs.stream().mapToDouble(Pair::errorPct).toArray()))).as(set + " median bias")
                    .isLessThanOrEqualTo(MAX_MEDIAN_BIAS_PCT);
            assertThat(coverPct(pairs)).as(set + " share measured ≤ p90")
                    .isGreaterThanOrEqualTo(MIN_P90_COVER_PCT.get(set));
        }
        Path docs = Path.of("..", "docs", "network.md");
        if (Files.exists(docs)) {
            assertThat(Files.readString(docs)).as("docs/network.md carries target/measured-rtt-validation.md")
                    .contains(table);
        }
    }

    static double coverPct(List<Pair> pairs) {
        return 100.0 * pairs.stream().filter(Pair::coveredByP90).count() / pairs.size();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    static String table(List<Pair> all) {
        StringBuilder sb = new StringBuilder(
                "| set | from | to | great-circle km | measured ms | model ms (median) | error | model ms (p90) | ≤ p90 |\n"
                + "|---|---|---|---:|---:|---:|---:|---:|:-:|\n");
        for (Pair p : all) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %,.0f | %.1f | %.1f | %+.0f %% | %.1f | %s |%n",
                    p.set(), p.from(), p.to(), p.model().distanceKm(), p.measuredMs(), p.model().rttMs(), p.errorPct(),
                    p.model().rttMsP90(), p.coveredByP90() ? "yes" : "no"));
        }
        sb.append('\n').append("| set | pairs | median error | median abs. error | measured ≤ p90 |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (String set : SETS) {
            List<Pair> pairs = all.stream().filter(p -> p.set().equals(set)).toList();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %+.1f %% | %.1f %% | %.0f %% |%n", set, pairs.size(),
                    median(pairs.stream().mapToDouble(Pair::errorPct).toArray()),
                    median(pairs.stream().mapToDouble(p -> Math.abs(p.errorPct())).toArray()), coverPct(pairs)));
        }
        return sb.toString();
    }
}
