package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code edgeplan bench} through the real command line: output contract and bad input. */
class BenchCommandTest {

    /** A 4-vertex path graph 1-2-3-4 with unit edges; p = 2 gives a p-median of 2 and a p-center of 1. */
    private static final String PATH_GRAPH = "4 3 2\n1 2 1\n2 3 1\n3 4 1\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void pmedPrintsOneJsonObjectWithTheProvenOptimum() throws IOException {
        Cli r = Cli.run("bench", "pmed", write("path4.txt", PATH_GRAPH).toString(), "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout().strip()).startsWith("{\"instance\":\"path4\",\"problem\":\"p-median\",\"p\":2,\"objective\":2,"
                + "\"lower_bound\":2,\"gap\":0,\"proven_optimal\":true,\"seconds\":").endsWith("}").doesNotContain("\n");
    }

    @Test
    void pcenterAndCapRun() throws IOException {
        Cli center = Cli.run("bench", "pcenter", write("path4.txt", PATH_GRAPH).toString(), "--json");
        assertThat(center.exitCode()).isZero();
        assertThat(center.stdout()).contains("\"objective\":1,").contains("\"proven_optimal\":true");
        // two warehouses, two customers: each customer is cheapest at its own warehouse, fixed cost 1 each
        Path cap = write("capt.txt", "2 2\n10 1\n10 1\n5 1 9\n5 9 1\n");
        Cli cflp = Cli.run("bench", "cap", cap.toString(), "--json");
        assertThat(cflp.exitCode()).isZero();
        assertThat(cflp.stdout()).contains("\"objective\":4,").contains("\"proven_optimal\":true");
        Cli single = Cli.run("bench", "cap", cap.toString(), "--single-source", "--json");
        assertThat(single.exitCode()).isZero();
        assertThat(single.stdout()).contains("\"instance\":\"capt-single\"", "\"objective\":4,", "\"proven_optimal\":true");
        // a customer of 15 fits no warehouse of 10 whole: single-source has no solution, split has one
        Path big = write("capbig.txt", "2 2\n10 1\n10 1\n15 1 9\n5 9 1\n");
        assertThat(Cli.run("bench", "cap", big.toString(), "--json").exitCode()).isZero();
        Cli none = Cli.run("bench", "cap", big.toString(), "--single-source", "--json");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.stderr()).contains("no single-source assignment exists");
    }

    @Test
    void planBenchReportsStagesAndHeapAndWritesItsResult() throws IOException {
        Path result = tmp.resolve("bench/dallas.json");
        Cli r = Cli.run("bench", "plan", "../examples/dallas-chat.yaml", "--repeat", "2", "--json", "--out", result.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String json = r.stdout().strip();
        assertThat(json).startsWith("{\"scenario\":").endsWith("}").doesNotContain("\n")
                .contains("\"repeat\":2", "\"best_run_s\":", "\"peak_heap_mb\":", "\"peak_live_heap_mb\":", "\"siting_s\":",
                        "\"capacity_and_facility_s\":", "\"report_html_s\":", "\"plan_xlsx_s\":", "\"plan_geojson_s\":");
        assertThat(Files.readString(result).strip()).isEqualTo(json);
        assertThat(r.stderr()).contains("run 1/2", "run 2/2");
        assertThat(Cli.run("bench", "plan", "../examples/dallas-chat.yaml", "--repeat", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void synthWritesAScenarioOfTheAskedSizeThatPlansAndIsTheSameForTheSameSeed() throws IOException {
        Path a = tmp.resolve("synth-a");
        Path b = tmp.resolve("synth-b");
        assertThat(Cli.run("bench", "synth", "--points", "300", "--candidates", "12", "--out", a.toString()).exitCode())
                .isZero();
        assertThat(Cli.run("bench", "synth", "--points", "300", "--candidates", "12", "--out", b.toString()).exitCode())
                .isZero();
        assertThat(Files.readAllLines(a.resolve("demand.csv"))).hasSize(301);
        assertThat(Files.readAllLines(a.resolve("sites.csv"))).hasSize(13);
        assertThat(Files.readString(a.resolve("demand.csv"))).isEqualTo(Files.readString(b.resolve("demand.csv")));
        Cli plan = Cli.run("bench", "plan", a.resolve("scenario.yaml").toString(), "--repeat", "1", "--json");
        assertThat(plan.exitCode()).as(plan.stderr()).isZero();
        assertThat(plan.stdout()).contains("\"risk_s\":");
        assertThat(Cli.run("bench", "synth", "--points", "0", "--candidates", "12", "--out", a.toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void malformedFileExitsTwoWithFileAndLine() throws IOException {
        Path bad = write("bad.txt", "4 3 2\n1 2 1\n2 three 1\n3 4 1\n");
        Cli r = Cli.run("bench", "pmed", bad.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains(bad + ":3: expected edge 2 second vertex (a whole number), found 'three'");
    }

    @Test
    void capacityWordWithoutFlagMissingFileAndBadLimitExitTwo() throws IOException {
        Path capx = write("capx.txt", "1 1\n capacity 5\n2 3\n");
        assertThat(Cli.run("bench", "cap", capx.toString()).stderr()).contains("capx.txt:2:").contains("--capacity");
        assertThat(Cli.run("bench", "cap", capx.toString(), "--capacity", "10", "--json").exitCode()).isZero();
        Cli tooSmall = Cli.run("bench", "cap", capx.toString(), "--capacity", "1");
        assertThat(tooSmall.exitCode()).isEqualTo(2);
        assertThat(tooSmall.stderr()).contains("capx.txt: total capacity 1.0 is below total demand 2.0");
        Cli missing = Cli.run("bench", "pmed", tmp.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("nope.txt: cannot read");
        assertThat(Cli.run("bench", "pmed", write("p.txt", PATH_GRAPH).toString(), "--time-limit", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void helpShowsAnExample() {
        Cli r = Cli.run("bench", "cap", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("Example").contains("--capacity 8000");
    }
}
