package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalcLatencyCommandTest {

    private static String json(Cli cli) {
        assertThat(cli.exitCode()).as(cli.stderr()).isZero();
        String out = cli.stdout().strip();
        assertThat(out).startsWith("{").endsWith("}").doesNotContain("\n");
        return out;
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.eE+-]+)").matcher(json);
        assertThat(m.find()).as(key).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void newYorkToLosAngelesOverFibre() {
        String j = json(Cli.run("calc", "latency", "--from", "40.7128,-74.0060", "--to", "34.0522,-118.2437",
                "--access", "fiber", "--json"));
        for (String key : new String[] {"distance_km", "rtt_ms", "rtt_ms_p90", "route_factor", "route_factor_p90",
            "fiber_km", "access_rtt_ms", "access_rtt_ms_p90", "core_fixed_ms", "processing_ms"}) {
            assertThat(j).contains("\"" + key + "\":");
        }
        assertThat(number(j, "distance_km")).isCloseTo(3_936, within(2.0));
        // 2 × 3,936 × 1.6 / 204 + 5 + 9.4 = 76.1 ms; p90: 2 × 3,936 × 2.0 / 204 + 9 + 12.5 = 98.7 ms.
        assertThat(number(j, "rtt_ms")).isCloseTo(76.1, within(0.1));
        assertThat(number(j, "rtt_ms_p90")).isCloseTo(98.7, within(0.1));
        assertThat(j).contains("\"access\":\"fiber\"");
    }

    @Test
    void siteToSiteHasNoAccessTermAndNegativeCoordinatesParse() {
        String j = json(Cli.run("calc", "latency", "--from", "-33.87,151.21", "--to=35.68,139.69", "--access", "none",
                "--json"));
        assertThat(number(j, "access_rtt_ms")).isZero();
        assertThat(number(j, "rtt_ms")).isLessThan(number(j, "rtt_ms_p90"));
    }

    @Test
    void textOutputShowsBothEstimates() {
        Cli cli = Cli.run("calc", "latency", "--from", "32.78,-96.80", "--to", "29.76,-95.37", "--access", "5g");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.stdout()).contains("median", "p90", "round trip", "(5g)");
    }

    @Test
    void badCoordinatesAreExitTwoWithAClearMessage() {
        Cli outOfRange = Cli.run("calc", "latency", "--from", "95,10", "--to", "0,0", "--json");
        assertThat(outOfRange.exitCode()).isEqualTo(2);
        assertThat(outOfRange.stdout()).isEmpty();
        assertThat(outOfRange.stderr()).contains("--from", "latitude 95 is outside [-90, 90]");

        Cli notANumber = Cli.run("calc", "latency", "--from", "40.7,-74", "--to", "abc,1");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.stderr()).contains("'abc'", "not a number");

        Cli onlyOne = Cli.run("calc", "latency", "--from", "40.7", "--to", "0,0");
        assertThat(onlyOne.exitCode()).isEqualTo(2);
        assertThat(onlyOne.stderr()).contains("not LAT,LON");

        Cli access = Cli.run("calc", "latency", "--from", "1,1", "--to", "0,0", "--access", "wifi");
        assertThat(access.exitCode()).isEqualTo(2);
        assertThat(access.stderr()).contains("'wifi' is not an access type");
    }

    @Test
    void helpHasAnExample() {
        Cli cli = Cli.run("calc", "latency", "--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.stdout()).contains("edgeplan calc latency --from 40.71,-74.01 --to 34.05,-118.24");
        assertThat(Cli.run("calc").exitCode()).isEqualTo(2);
    }
}
