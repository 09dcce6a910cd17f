package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops real {@code edgeplan plan} processes with SIGTERM at several moments of the run (while planning, while
 * writing plan.json and report.html, while rendering the PDF): whatever was written must be whole, no temporary file
 * may remain, and the process must say it was interrupted.
 */
class InterruptTest {

    private static final Path EXAMPLE = Path.of("../examples/dallas-chat.yaml");

    @Test
    void sigtermLeavesOnlyCompleteFiles(@TempDir Path tmp) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int interrupted = 0;
        int announced = 0;
        for (long delayMs : List.of(300L, 1500L, 3000L, 4500L)) {
            Path out = tmp.resolve("out-" + delayMs);
            Path err = tmp.resolve("err-" + delayMs + ".txt");
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "plan", EXAMPLE.toString(), "--out", out.toString(), "--format", "json,html,xlsx,geojson,pdf")
                    .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean exited = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!exited) {
                p.destroy();
                interrupted++;
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
                String stderr = Files.readString(err, StandardCharsets.UTF_8);
                if (stderr.isEmpty()) {
                    // on a loaded machine the JVM may still be starting, before main() installs its hook: then
                    // nothing can have been written
                    assertThat(out).as("delay " + delayMs).doesNotExist();
                } else {
                    assertThat(stderr).as("delay " + delayMs).contains("edgeplan: interrupted");
                    announced++;
                }
            }
            if (Files.exists(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        assertThat(name).as("delay " + delayMs).doesNotEndWith(".tmp").doesNotStartWith(".");
                        if (name.equals("plan.json")) {
                            assertThat(Files.readString(f).strip()).startsWith("{").endsWith("}");
                        }
                        if (name.equals("report.html")) {
                            assertThat(Files.readString(f).strip()).endsWith("</html>");
                        }
                        if (name.equals("plan.geojson")) {
                            assertThat(Files.readString(f).strip()).startsWith("{").endsWith("}");
                        }
                        if (name.equals("plan.xlsx")) {
                            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(f))) {
                                assertThat(book.getNumberOfSheets()).as("delay " + delayMs).isPositive();
                            }
                        }
                        if (name.equals("report.pdf")) {
                            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).strip())
                                    .endsWith("%%EOF");
                        }
                    }
                }
            }
        }
        // a JVM cannot even read the scenario in 300 ms: at least that run was stopped mid-way
        assertThat(interrupted).isPositive();
        // and at least one run was stopped after the hook was in place, and said so
        assertThat(announced).isPositive();
    }

    /** A scenario too big for the heap ends with a plain message and exit 1, not a stack trace. */
    @Test
    void runningOutOfHeapSaysWhatToDoWithoutAStackTrace(@TempDir Path tmp) throws IOException, InterruptedException {
        Path scenario = tmp.resolve("big");
        assertThat(Cli.run("bench", "synth", "--points", "20000", "--candidates", "2000", "--out", scenario.toString())
                .exitCode()).isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "plan", scenario.resolve("scenario.yaml").toString(), "--out",
                tmp.resolve("out").toString(), "--format", "json")
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isEqualTo(1);
        assertThat(stderr).contains("edgeplan: out of memory: the heap limit is", "EDGEPLAN_JAVA_OPTS=-Xmx8g")
                .doesNotContain("\tat ", "interrupted");
        assertThat(tmp.resolve("out/plan.json")).doesNotExist();
    }
}
