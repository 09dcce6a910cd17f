package dev.edgeplan.io.scenario;

import dev.edgeplan.core.scenario.DemandPointSpec;
import dev.edgeplan.core.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Demand-point and site CSVs: RFC 4180 quoting, and problems at the CSV's own line and column. */
class CsvProblemsTest {

    private static final String SCENARIO = """
            name: t
            workloads:
              - id: chat
                model: llama2-70b
                latency_slo_ms: 50
            demand:
              points: [{id: inline, lat: 1, lon: 2, requests_per_s: {chat: 1}}]
              csv: points.csv
            sites:
              candidates: [{id: a, lat: 32.9, lon: -96.6, power_available_mw: 5}]
              csv: sites.csv
            hardware: {accelerator: h100-sxm}
            """;
    private static final String SITES = "id,name,lat,lon,power_available_mw\nb,,33,-97,2\n";

    private final ScenarioReader reader = new ScenarioReader(TestCatalog.catalog());

    @TempDir
    Path dir;

    private ScenarioResult read(String points, String sites) throws IOException {
        Files.writeString(dir.resolve("points.csv"), points);
        Files.writeString(dir.resolve("sites.csv"), sites);
        return reader.read(SCENARIO, "s.yaml", dir);
    }

    private List<String> problems(String points) throws IOException {
        ScenarioResult result = read(points, SITES);
        assertThat(result.scenario()).isEmpty();
        return result.problems().stream().map(Problem::format).toList();
    }

    private String csv() {
        return dir.resolve("points.csv").toString();
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        String points = "id,name,lat,lon,population,requests_per_s.chat\r\n"
                + "p1,\"Plant, \"\"North\"\"\nGate\",33.0,-96.7,10,5\r\n"
                + "\n"
                + "p2,,32.75,-97.33,,\r\n";

        ScenarioResult result = read(points, SITES);

        assertThat(result.problems()).isEmpty();
        Scenario s = result.scenario().orElseThrow();
        assertThat(s.demand().points()).containsExactly(
                new DemandPointSpec("inline", "inline", 1, 2, 0, Map.of("chat", 1.0)),
                new DemandPointSpec("p1", "Plant, \"North\"\nGate", 33.0, -96.7, 10, Map.of("chat", 5.0)),
                new DemandPointSpec("p2", "p2", 32.75, -97.33, 0, Map.of()));
        assertThat(s.sites().candidates()).extracting(c -> c.id()).containsExactly("a", "b");
    }

    @Test
    void raggedRowsAreReportedAtTheirCsvPosition() throws IOException {
        String points = "id,name,lat,lon,population\n"
                + "a,A,32.9,-96.6,100\n"
                + "b,B,33.0,-96.7\n"
                + "c,C,33.1,-96.8,5,extra\n";

        assertThat(problems(points)).containsExactly(
                csv() + ":3:15: demand.csv: row has 4 fields but the header has 5",
                csv() + ":4:18: demand.csv: row has 6 fields but the header has 5");
    }

    @Test
    void missingCsvFileIsReportedAtTheCsvKey() throws IOException {
        Files.writeString(dir.resolve("sites.csv"), SITES);
        String text = SCENARIO.replace("csv: points.csv", "csv: nope.csv");

        List<Problem> problems = reader.read(text, "s.yaml", dir).problems();

        assertThat(problems).extracting(Problem::format).containsExactly(
                "s.yaml:8:8: demand.csv: cannot read CSV file '" + dir.resolve("nope.csv") + "': file not found");
    }

    @Test
    void nonNumericValue() throws IOException {
        assertThat(problems("id,name,lat,lon,population\na,A,abc,-96.6,100\n")).containsExactly(
                csv() + ":2:5: demand.csv.lat: expected a number between -90 and 90, got 'abc'");
    }

    @Test
    void nonFiniteValue() throws IOException {
        assertThat(problems("id,name,lat,lon,population\na,A,NaN,-96.6,100\n")).containsExactly(
                csv() + ":2:5: demand.csv.lat: expected a finite number, got 'NaN'");
    }

    @Test
    void missingRequiredValue() throws IOException {
        assertThat(problems("id,name,lat,lon,population\na,A,,-96.6,100\n")).containsExactly(
                csv() + ":2:5: demand.csv.lat: missing value for required column 'lat'");
    }

    @Test
    void missingAndUnknownHeaderColumns() throws IOException {
        assertThat(problems("id,name,lat,lng,population\na,A,1,2,3\n")).containsExactly(
                csv() + ":1:1: demand.csv: missing header column 'lon' (the header must contain id,name,lat,lon,population)",
                csv() + ":1:13: demand.csv: unknown column 'lng' (did you mean 'lon'?)");
    }

    @Test
    void rateForAnUnknownWorkload() throws IOException {
        assertThat(problems("id,name,lat,lon,population,requests_per_s.caht\na,A,1,2,3,4\n")).containsExactly(
                csv() + ":2:11: demand.csv.requests_per_s.caht: 'caht' is not a workload id (did you mean 'chat'?)");
    }

    @Test
    void duplicateIdAcrossInlineAndCsv() throws IOException {
        assertThat(problems("id,name,lat,lon,population\ninline,A,1,2,3\n")).containsExactly(
                csv() + ":2:1: demand.csv.id: duplicate demand point id 'inline' (first at s.yaml:7)");
    }

    @Test
    void emptyCsv() throws IOException {
        assertThat(problems("")).containsExactly(
                csv() + ": demand.csv: CSV file is empty (expected a header row: id,name,lat,lon,population)");
    }

    @Test
    void unterminatedQuote() throws IOException {
        assertThat(problems("id,name,lat,lon,population\na,\"A,1,2,3\n")).containsExactly(
                csv() + ":2:3: demand.csv: unterminated quoted field (a '\"' opened here is never closed)");
    }

    @Test
    void textAfterClosingQuote() throws IOException {
        assertThat(problems("id,name,lat,lon,population\na,\"A\"x,1,2,3\n")).singleElement()
                .satisfies(p -> assertThat(p).startsWith(csv() + ":2:6: demand.csv: unexpected 'x' after a closing quote"));
    }

    @Test
    void invalidUtf8InCsv() throws IOException {
        Files.write(dir.resolve("points.csv"), "id,name,lat,lon,population\na,\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("sites.csv"), SITES);

        assertThat(reader.read(SCENARIO, "s.yaml", dir).problems()).extracting(Problem::format).containsExactly(
                csv() + ":2:3: demand.csv: invalid UTF-8 byte 0xE9 at byte offset 29 (save the file as UTF-8)");
    }

    @Test
    void badCellInSiteCsvIsReported() throws IOException {
        String sites = "id,name,lat,lon,power_available_mw,power_price_usd_per_kwh,build_cost_index,climate\n"
                + "b,,33,-97,2,,,\n"
                + "c,,33,-97,0,,,\n";
        ScenarioResult result = read("id,name,lat,lon,population\n", sites);

        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                dir.resolve("sites.csv") + ":3:11: sites.csv.power_available_mw: expected a number > 0, got 0");
    }
}
