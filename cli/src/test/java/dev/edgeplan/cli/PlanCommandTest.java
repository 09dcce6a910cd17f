package dev.edgeplan.cli;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * End to end over the bundled examples: golden plan.json, determinism, and the --json contract.
 * Refresh the golden files after an intended change with
 * {@code ./mvnw -B -pl cli -am verify -Dedgeplan.updateGolden=true} and review the diff.
 */
class PlanCommandTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"dallas-chat", "detroit-vision", "texas-chat-cities"})
    void examplePlanMatchesGoldenFile(String example) throws IOException {
        Path out = tmp.resolve(example);
        Cli cli = Cli.run("plan", EXAMPLES.resolve(example + ".yaml").toString(), "--out", out.toString(),
                "--format", "json,html,xlsx,geojson,pdf");
        assertThat(cli.exitCode()).as(cli.stderr()).isZero();
        String plan = Files.readString(out.resolve("plan.json"), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(example + ".plan.json");
        if (Boolean.getBoolean("edgeplan.updateGolden")) {
            Files.writeString(golden, plan, StandardCharsets.UTF_8);
        }
        assertThat(plan).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg").doesNotContain("https://");
        assertThat(Files.readAllBytes(out.resolve("report.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(out.resolve("commissioning.md"), StandardCharsets.UTF_8))
                .startsWith("# Commissioning checklist — ").contains("- [ ] **utility_outage** Open the utility main");
        assertThat(cli.stdout()).contains("total").contains("Wrote");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dallas-chat", "detroit-vision", "texas-chat-cities"})
    void samePlanByteForByte(String example) throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(Cli.run("plan", EXAMPLES.resolve(example + ".yaml").toString(), "--out", a.toString()).exitCode()).isZero();
        assertThat(Cli.run("plan", EXAMPLES.resolve(example + ".yaml").toString(), "--out", b.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(a.resolve("plan.json"))).isEqualTo(Files.readAllBytes(b.resolve("plan.json")));
        assertThat(Files.readAllBytes(a.resolve("report.html"))).isEqualTo(Files.readAllBytes(b.resolve("report.html")));
        assertThat(Files.readAllBytes(a.resolve("commissioning.md")))
                .isEqualTo(Files.readAllBytes(b.resolve("commissioning.md")));
        assertThat(Files.readAllBytes(a.resolve("plan.xlsx"))).isEqualTo(Files.readAllBytes(b.resolve("plan.xlsx")));
        assertThat(Files.readAllBytes(a.resolve("plan.geojson"))).isEqualTo(Files.readAllBytes(b.resolve("plan.geojson")));
    }

    @Test
    void defaultFormatsAreJsonHtmlXlsxGeojson() throws IOException {
        Cli cli = Cli.run("plan", EXAMPLES.resolve("detroit-vision.yaml").toString(), "--out", tmp.toString());
        assertThat(cli.exitCode()).as(cli.stderr()).isZero();
        assertThat(files(tmp)).containsExactly("commissioning.md", "plan.geojson", "plan.json", "plan.xlsx", "report.html");
        assertThat(cli.stdout()).contains("Wrote ").contains("plan.xlsx").contains("plan.geojson");
    }

    @Test
    void formatGeojsonWritesOnlyPlanGeojson() throws IOException {
        Cli cli = Cli.run("plan", EXAMPLES.resolve("dallas-chat.yaml").toString(), "--out", tmp.toString(),
                "--format", "geojson");
        assertThat(cli.exitCode()).as(cli.stderr()).isZero();
        assertThat(files(tmp)).containsExactly("plan.geojson");
        assertThat(Files.readString(tmp.resolve("plan.geojson"))).startsWith("{\"type\":\"FeatureCollection\"");
    }

    @Test
    void unknownFormatIsExitTwoNamingTheValidValuesAndWritesNothing() {
        Path out = tmp.resolve("never");
        Cli cli = Cli.run("plan", EXAMPLES.resolve("dallas-chat.yaml").toString(), "--out", out.toString(),
                "--format", "json,docx");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.stderr()).contains("'docx'").contains("json, html, xlsx, geojson, pdf");
        assertThat(out).doesNotExist();
    }

    /** The workbook of a real plan (residual value, GPU-hour revenue): its evaluated NPV is plan.json's. */
    @Test
    void workbookNpvOfTheDallasExampleEqualsPlanJson() throws IOException {
        Cli cli = Cli.run("plan", EXAMPLES.resolve("dallas-chat.yaml").toString(), "--out", tmp.toString(),
                "--format", "json,xlsx");
        assertThat(cli.exitCode()).as(cli.stderr()).isZero();
        Matcher npv = Pattern.compile("\"economics\": \\{[^}]*?\"npv_usd\": (-?[0-9.]+)")
                .matcher(Files.readString(tmp.resolve("plan.json")));
        assertThat(npv.find()).isTrue();
        double expected = Double.parseDouble(npv.group(1));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(tmp.resolve("plan.xlsx")))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            double excel = evaluator.evaluate(book.getSheet("cash flow").getRow(1).getCell(1)).getNumberValue();
            assertThat(excel).isCloseTo(expected, within(1e-6 * Math.abs(expected) + 1e-4));
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void jsonPrintsExactlyOneObjectOnStdout() {
        Cli cli = Cli.run("plan", EXAMPLES.resolve("dallas-chat.yaml").toString(), "--out", tmp.toString(), "--json");
        assertThat(cli.exitCode()).isZero();
        String stdout = cli.stdout().strip();
        assertThat(stdout).startsWith("{").endsWith("}").doesNotContain("\n");
        assertThat(stdout).contains("\"schema_version\":\"1.0\"", "\"it_kw\":", "\"capex_usd\":");
    }

    @Test
    void helpShowsAnExample() {
        Cli cli = Cli.run("plan", "--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.stdout()).contains("Example:", "edgeplan plan examples/", "--format xlsx,geojson,pdf");
        assertThat(Cli.run("validate", "--help").stdout()).contains("Example:");
        assertThat(Cli.run("--help").stdout()).contains("Example:");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Cli cli = Cli.run("plan", "--outt", "x", "scenario.yaml");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.stderr()).contains("--outt").contains("--help");
        assertThat(cli.stdout()).isEmpty();
    }
}
