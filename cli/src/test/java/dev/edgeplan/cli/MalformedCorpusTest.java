package dev.edgeplan.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The malformed-input corpus (cli/src/test/resources/malformed/, listed in cases.tsv with the exit code and a
 * message fragment each): hostile YAML (alias bombs, deep nesting, binary, BOMs, UTF-16, tabs), every NaN and
 * infinity spelling, out-of-range and mistyped fields, broken CSVs, and valid scenarios that cannot be satisfied.
 * Each must end with its exit code and message — never a stack trace, never output on stdout, never a file
 * written for an invalid scenario — and within a bound that only a hang would break.
 */
class MalformedCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/malformed");
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    static Stream<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
            String[] f = l.split("\t", -1);
            return Arguments.of(f[0], Integer.parseInt(f[1]), f[2]);
        });
    }

    @ParameterizedTest(name = "{0} → exit {1}")
    @MethodSource("cases")
    void endsWithItsExitCodeAndMessage(String file, int exitCode, String fragment, @TempDir Path tmp) {
        Path out = tmp.resolve("out");
        Cli cli = assertTimeoutPreemptively(HANG_GUARD,
                () -> Cli.run("plan", CORPUS.resolve(file).toString(), "--out", out.toString()));
        assertThat(cli.exitCode()).as(cli.stderr()).isEqualTo(exitCode);
        assertThat(cli.stderr()).contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
        if (exitCode != 0) {
            assertThat(cli.stdout()).isEmpty();
            assertThat(out).doesNotExist();
        } else {
            assertThat(out.resolve("plan.json")).exists();
        }
    }

    @org.junit.jupiter.api.Test
    void corpusHasAtLeastFortyCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }
}
