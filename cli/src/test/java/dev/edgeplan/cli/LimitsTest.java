package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every limit can be hit and raised from the command line, and says which key raises it; nothing is written. */
class LimitsTest {

    private static final String TEXAS = "../examples/texas-chat-cities.yaml";
    private static final String DALLAS = "../examples/dallas-chat.yaml";

    @TempDir
    Path tmp;

    private Cli plan(String scenario, String... limits) {
        String[] args = new String[5 + limits.length * 2];
        args[0] = "plan";
        args[1] = scenario;
        args[2] = "--out";
        args[3] = tmp.resolve("out").toString();
        args[4] = "--format=json";
        for (int i = 0; i < limits.length; i++) {
            args[5 + 2 * i] = "--limit";
            args[6 + 2 * i] = limits[i];
        }
        return Cli.run(args);
    }

    @Test
    void planSizeLimitsNameTheirKey() {
        Cli points = plan(TEXAS, "demand_points=10");
        assertThat(points.exitCode()).isEqualTo(2);
        assertThat(points.stderr()).contains("limit exceeded: demand_points", "36 demand points", "--limit demand_points=N");
        Cli cells = plan(TEXAS, "matrix_cells=100");
        assertThat(cells.exitCode()).isEqualTo(2);
        assertThat(cells.stderr()).contains("36 demand points × 7 candidate sites = 252", "--limit matrix_cells=N",
                "EDGEPLAN_JAVA_OPTS=-Xmx");
        Cli sites = plan(TEXAS, "candidate_sites=3");
        assertThat(sites.exitCode()).isEqualTo(2);
        assertThat(sites.stderr()).contains("7 candidate sites, above the limit of 3");
        assertThat(tmp.resolve("out")).doesNotExist();
        // raised (or just at the size): the plan runs
        assertThat(plan(TEXAS, "demand_points=36,candidate_sites=7,matrix_cells=252").exitCode()).isZero();
    }

    @Test
    void fileLimitsNameTheirKey() throws IOException {
        Cli file = Cli.run("validate", DALLAS, "--limit", "file_mb=0.0001");
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.stderr()).contains("file is too big", "--limit file_mb=N");
        Path dir = Files.createDirectories(tmp.resolve("csv"));
        Files.writeString(dir.resolve("points.csv"), "id,name,lat,lon,population\na,A,32.7,-96.8,1000\n"
                + "b,B,32.8,-96.7,2000\nc,C,32.9,-96.6,3000\n");
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, Files.readString(Path.of(DALLAS)).replaceFirst("(?s)demand:\\n.*?\\nsites:",
                "demand:\n  csv: points.csv\n  share_pct: {chat: 35}\nsites:"));
        assertThat(Cli.run("validate", scenario.toString()).exitCode()).as("the edited example is valid").isZero();
        Cli rows = Cli.run("validate", scenario.toString(), "--limit", "csv_rows=2");
        assertThat(rows.exitCode()).isEqualTo(2);
        assertThat(rows.stderr()).contains("more than 2 data rows", "--limit csv_rows=N");
        Cli bytes = Cli.run("validate", scenario.toString(), "--limit", "csv_mb=0.00001");
        assertThat(bytes.stderr()).contains("--limit csv_mb=N");
    }

    @Test
    void badLimitIsUsageError() {
        for (String bad : new String[] {"foo=3", "demand_points", "demand_points=x", "demand_points=0", "csv_rows=1.5"}) {
            Cli cli = plan(DALLAS, bad);
            assertThat(cli.exitCode()).as(bad).isEqualTo(2);
            assertThat(cli.stderr()).as(bad).contains("--limit " + bad).doesNotContain("Exception");
        }
    }
}
