package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CalcFacilityCommandsTest {

    @Test
    void availabilityOfNPlusOneModules() {
        Cli r = Cli.run("calc", "availability", "--topology", "N+1", "--modules-needed", "2", "--module-availability", "0.99",
                "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout().strip()).startsWith("{").endsWith("}").doesNotContain("\n")
                .contains("\"availability\":0.999702,").contains("\"downtime_h_per_year\":2.6105,");
    }

    @Test
    void twoNOfModulesAloneFallsBelowNPlusOne() {
        Cli r = Cli.run("calc", "availability", "--topology", "2N", "--modules-needed", "2", "--module-availability", "0.99",
                "--json");
        assertThat(r.stdout()).contains("\"availability\":0.99960399,").contains("\"modules_installed\":4,");
    }

    @Test
    void distributedKOfN() {
        Cli r = Cli.run("calc", "availability", "--topology", "2-of-4", "--module-availability", "0.99", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("\"availability\":0.999996");
    }

    @Test
    void gensetSurvival() {
        Cli r = Cli.run("calc", "genset-survival", "--units", "3", "--needed", "2", "--hours", "48", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("\"survival_probability\":0.9907977617");
    }

    @Test
    void pueInAMetro() {
        Cli r = Cli.run("calc", "pue", "--metro", "phoenix", "--cooling", "air", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("\"metro\":\"Phoenix\"").contains("\"pue_monthly\":[");
    }

    @Test
    void immersionOnDryCoolersIsWaterFreeAndBeatsAirInTheSameMetro() {
        Cli tanks = Cli.run("calc", "pue", "--metro", "Seattle", "--cooling", "immersion", "--heat-rejection", "dry_cooler",
                "--json");
        Cli air = Cli.run("calc", "pue", "--metro", "Seattle", "--cooling", "air", "--heat-rejection", "dry_cooler", "--json");
        assertThat(tanks.exitCode()).as(tanks.stderr()).isZero();
        assertThat(tanks.stdout()).contains("\"heat_rejection\":\"dry_cooler (liquid) + dry_cooler (room air)\"");
        // No evaporation: only humidification of the residual room air.
        assertThat(number(tanks.stdout(), "wue_l_per_kwh")).isLessThan(0.01);
        assertThat(number(tanks.stdout(), "pue_annual")).isLessThan(number(air.stdout(), "pue_annual"));
        assertThat(number(tanks.stdout(), "tue")).isEqualTo(number(tanks.stdout(), "pue_annual"));
    }

    private static double number(String json, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\":([0-9.]+)").matcher(json);
        assertThat(m.find()).as(field).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void badFlagsExitTwo() {
        assertThat(Cli.run("calc", "pue", "--metro", "Seattle", "--heat-rejection", "seawater").exitCode()).isEqualTo(2);
        assertThat(Cli.run("calc", "availability", "--topology", "distributed", "--module-availability", "0.99")
                .exitCode()).isEqualTo(2);
        assertThat(Cli.run("calc", "availability", "--topology", "3N", "--module-availability", "0.99").exitCode()).isEqualTo(2);
        assertThat(Cli.run("calc", "availability", "--topology", "N", "--module-availability", "1.5").exitCode()).isEqualTo(2);
        assertThat(Cli.run("calc", "genset-survival", "--units", "2", "--needed", "3", "--hours", "4").exitCode()).isEqualTo(2);
        Cli unknown = Cli.run("calc", "pue", "--metro", "Atlantis");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("did you mean 'Atlanta'");
        assertThat(unknown.stdout()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"availability", "genset-survival", "pue"})
    void helpHasAnExample(String command) {
        Cli r = Cli.run("calc", command, "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("Example:").contains("edgeplan calc " + command);
    }
}
