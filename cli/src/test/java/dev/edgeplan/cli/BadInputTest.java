package dev.edgeplan.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Bad scenarios through the real command: each must exit with the right code and a message that says
 * where (FILE:LINE:COL and the field path) and what was expected, never a stack trace.
 */
class BadInputTest {

    /** A valid scenario; each case below breaks one thing in it. */
    static final String VALID = """
            name: test
            horizon_years: 3
            workloads:
              - id: chat
                model: llama2-70b
                requests_per_s: 100
                latency_slo_ms: 40
            demand:
              points:
                - {id: dallas, lat: 32.7767, lon: -96.7970, population: 1000000}
            sites:
              candidates:
                - {id: garland, lat: 32.9126, lon: -96.6389, power_available_mw: 5}
            hardware:
              accelerator: h200-sxm
            """;

    @TempDir
    Path tmp;

    static Stream<Arguments> invalid() {
        return Stream.of(
                arguments("empty file", "", 2, "file is empty"),
                arguments("whitespace only", "  \n\n  \t\n", 2, "file is empty"),
                arguments("not YAML", "name: [unclosed\n  - : :", 2, "test.yaml:2:5: YAML syntax error"),
                arguments("top level is a list", "- a\n- b\n", 2, "mapping"),
                arguments("wrong type", VALID.replace("horizon_years: 3", "horizon_years: three"), 2, "2:16: horizon_years"),
                arguments("negative rate", VALID.replace("requests_per_s: 100", "requests_per_s: -5"), 2, "workloads[0].requests_per_s"),
                arguments("NaN", VALID.replace("requests_per_s: 100", "requests_per_s: .nan"), 2, "finite"),
                arguments("infinity", VALID.replace("latency_slo_ms: 40", "latency_slo_ms: .inf"), 2, "finite"),
                arguments("unknown accelerator", VALID.replace("h200-sxm", "h200-sxn"), 2, "did you mean 'h200-sxm'"),
                arguments("unknown model", VALID.replace("llama2-70b", "llama-70b"), 2, "workloads[0].model"),
                arguments("typo in a key", VALID.replace("horizon_years", "horizon_year"), 2, "did you mean 'horizon_years'"),
                arguments("latitude out of range", VALID.replace("lat: 32.7767", "lat: 132.7767"), 2, "demand.points[0].lat"),
                arguments("longitude out of range", VALID.replace("lon: -96.6389", "lon: -196.6389"), 2, "sites.candidates[0].lon"),
                arguments("duplicate site ids", VALID.replace("power_available_mw: 5}",
                        "power_available_mw: 5}\n    - {id: garland, lat: 33.0, lon: -96.7, power_available_mw: 5}"), 2, "garland"),
                arguments("share above 100 %", VALID.replace("requests_per_s: 100", "requests_per_user_per_day: 10")
                        .replace("  points:", "  share_pct: {chat: 120}\n  points:"), 2, "demand.share_pct.chat"),
                arguments("duplicate key", VALID.replace("horizon_years: 3", "horizon_years: 3\nhorizon_years: 4"), 2, "duplicate"),
                arguments("missing required section", VALID.replace("hardware:\n  accelerator: h200-sxm\n", ""), 2, "hardware"),
                arguments("two rate sources", VALID.replace("requests_per_s: 100", "requests_per_s: 100\n    requests_per_user_per_day: 3"),
                        2, "workloads[0]"),
                arguments("zero power", VALID.replace("power_available_mw: 5", "power_available_mw: 0"), 2,
                        "sites.candidates[0].power_available_mw"),
                arguments("binary garbage", "\u0000\u0001\u0002\u00ff\ufffe", 2, "test.yaml:1:1: character U+0000 is not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidScenarioExitsTwoWithPositionedMessage(String name, String content, int exitCode, String fragment)
            throws IOException {
        Path file = tmp.resolve("test.yaml");
        Files.writeString(file, content);
        for (String command : new String[] {"validate", "plan"}) {
            Cli cli = command.equals("plan")
                    ? Cli.run("plan", file.toString(), "--out", tmp.resolve("out").toString())
                    : Cli.run("validate", file.toString());
            assertThat(cli.exitCode()).as(command + ": " + cli.stderr()).isEqualTo(exitCode);
            assertThat(cli.stderr()).as(command).contains(fragment).contains(file.toString())
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(cli.stdout()).as(command).isEmpty();
        }
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    static Stream<Arguments> infeasible() {
        return Stream.of(
                arguments("site power too small", VALID.replace("requests_per_s: 100", "requests_per_s: 20000")
                        .replace("power_available_mw: 5", "power_available_mw: 0.5"), "sites.candidates[garland].power_available_mw"),
                arguments("SLO unreachable", VALID.replace("latency_slo_ms: 40", "latency_slo_ms: 12"), "workloads[0].latency_slo_ms"),
                arguments("no benchmark and no roofline for the pair", VALID.replace("model: llama2-70b", "model: resnet50")
                        .replace("accelerator: h200-sxm", "accelerator: a100-sxm"), "hardware.accelerator"),
                arguments("rack limit below one server", VALID + "design:\n  max_kw_per_rack: 8\n", "design.max_kw_per_rack"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("infeasible")
    void validButUnsatisfiableExitsThreeNamingTheConstraint(String name, String content, String constraint)
            throws IOException {
        Path file = tmp.resolve("test.yaml");
        Files.writeString(file, content);
        assertThat(Cli.run("validate", file.toString()).exitCode()).isZero();
        Cli cli = Cli.run("plan", file.toString(), "--out", tmp.resolve("out").toString());
        assertThat(cli.exitCode()).as(cli.stderr()).isEqualTo(3);
        assertThat(cli.stderr()).contains("cannot be satisfied").contains(constraint).doesNotContain("Exception");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @ParameterizedTest(name = "missing file via {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"validate", "plan"})
    void missingFileIsInvalidInput(String command) {
        Cli cli = Cli.run(command, tmp.resolve("nope.yaml").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.stderr()).contains("nope.yaml");
    }
}
