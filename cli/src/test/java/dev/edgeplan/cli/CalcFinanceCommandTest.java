package dev.edgeplan.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class CalcFinanceCommandTest {

    /** The command on its own, as the lead will mount it under {@code calc}. */
    private static Cli finance(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CalcFinanceCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    @Test
    void issueExampleAnswersWithOneJsonObject() {
        Cli cli = finance("--cashflows", "-100,30,40,50,20", "--rate", "0.08", "--json");
        assertThat(cli.exitCode()).as(cli.stderr()).isZero();
        String json = cli.stdout().strip();
        assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
        // Reference values: docs/finance.md (python3, numpy-financial conventions).
        assertThat(json).isEqualTo("{\"npv\":16.4635,\"irr\":0.1532,\"payback_years\":2.6,"
                + "\"discounted_payback_years\":2.9556,\"rate\":0.08,\"periods\":4,\"sign_changes\":1}");
    }

    @Test
    void equalsFormWithSpacesWorksToo() {
        Cli cli = finance("--cashflows=-100, 30, 40, 50, 20", "--rate=0.08", "--json");
        assertThat(cli.exitCode()).as(cli.stderr()).isZero();
        assertThat(cli.stdout()).contains("\"npv\":16.4635");
    }

    @Test
    void undefinedIrrAndPaybackAreJsonNull() {
        Cli twoChanges = finance("--cashflows", "-100,230,-132", "--rate", "0.1", "--json");
        assertThat(twoChanges.exitCode()).isZero();
        assertThat(twoChanges.stdout()).contains("\"irr\":null", "\"sign_changes\":2");
        Cli allNegative = finance("--cashflows", "-100,-10", "--rate", "0", "--json");
        assertThat(allNegative.stdout()).contains("\"npv\":-110", "\"irr\":null", "\"payback_years\":null",
                "\"discounted_payback_years\":null");
    }

    @Test
    void negativeIrrIsPrinted() {
        Cli cli = finance("--cashflows", "-100,30,30,30", "--rate", "0.05", "--json");
        assertThat(cli.stdout()).contains("\"irr\":-0.0509", "\"payback_years\":null");
    }

    @Test
    void textOutputSaysWhyThereIsNoIrr() {
        Cli cli = finance("--cashflows", "-100,230,-132", "--rate", "0.1");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.stdout()).contains("NPV at 10.0000 % per period", "none (the flows change sign 2 times, not once)");
        Cli ok = finance("--cashflows", "-100,30,40,50,20", "--rate", "0.08");
        assertThat(ok.stdout()).contains("15.3221 % per period", "2.6000 years", "2.9556 years");
    }

    @Test
    void helpSpellsOutTheConventions() {
        Cli cli = finance("--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.stdout()).contains("numpy-financial", "Excel", "time 0", "not discounted",
                "change sign exactly once", "negative IRR is still an IRR", "simple (undiscounted)",
                "interpolated linearly", "null if never reached", "--cashflows -100,30,40,50,20 --rate 0.08 --json");
    }

    @Test
    void badInputExitsWith2AndSaysWhat() {
        assertBad(finance("--cashflows", "-100,abc,40", "--rate", "0.08"), "--cashflows item 2 is not a number: 'abc'");
        assertBad(finance("--cashflows", "", "--rate", "0.08"), "--cashflows is empty");
        assertBad(finance("--cashflows", "-100,,40", "--rate", "0.08"), "--cashflows item 2 is not a number: ''");
        assertBad(finance("--cashflows", "-100,NaN", "--rate", "0.08"), "item 2 is not a number: 'NaN'");
        assertBad(finance("--cashflows", "-100,1e999", "--rate", "0.08"), "too large");
        assertBad(finance("--cashflows", "-100,50", "--rate", "-1"), "--rate must be > -1");
        assertBad(finance("--cashflows", "-100,50", "--rate", "-2.5"), "--rate must be > -1");
        assertBad(finance("--cashflows", "-100,50", "--rate", "NaN"), "--rate is not a number");
        assertBad(finance("--cashflows", "-100,50", "--rate", "8%"), "--rate is not a number: '8%'");
        assertBad(finance("--cashflows", "-100,50"), "--rate");
    }

    private static void assertBad(Cli cli, String message) {
        assertThat(cli.exitCode()).as(cli.stdout() + cli.stderr()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.stderr()).contains(message);
        assertThat(cli.stdout()).isEmpty();
    }
}
