package dev.edgeplan.cli;

import dev.edgeplan.core.finance.metrics.CashFlowMetrics;
import dev.edgeplan.io.json.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code edgeplan calc finance}: NPV, IRR and payback of a cash-flow series given on the command line. */
@Command(name = "finance", mixinStandardHelpOptions = true,
        description = "NPV, IRR and simple and discounted payback of a series of cash flows, one per period (year).",
        footer = {"", "Conventions (as numpy-financial, not Excel's NPV()):",
                "  - The first cash flow is at time 0 and is not discounted; flow t falls at",
                "    the end of period t and is discounted by (1 + rate)^t. (Excel's NPV()",
                "    discounts its first value by one period.)",
                "  - IRR is the rate at which NPV = 0. It is null unless the flows",
                "    change sign exactly once (zeros skipped): then exactly one IRR exists.",
                "    A negative IRR is still an IRR.",
                "  - Payback is simple (undiscounted): the time from which the cumulative",
                "    cash flow stays >= 0, interpolated linearly within the period where it",
                "    crosses 0; null if never reached. Discounted payback does the same",
                "    with the discounted flows. Periods are years.",
                "", "Example:",
                "  edgeplan calc finance --cashflows -100,30,40,50,20 --rate 0.08 --json",
                "  {\"npv\":16.4635,\"irr\":0.1532,\"payback_years\":2.6,",
                "   \"discounted_payback_years\":2.9556,\"rate\":0.08,\"periods\":4,...}",
                "", "Exit codes: 0 ok, 2 bad input (not a number, empty list, NaN, rate <= -1)."})
final class CalcFinanceCommand implements Callable<Integer> {

    /** A plain decimal number, optionally with an exponent: no hex, no "NaN", no Java suffixes such as "10d". */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @Spec
    CommandSpec spec;

    @Option(names = "--cashflows", required = true, paramLabel = "CF0,CF1,...",
            description = "comma-separated cash flows, the first at time 0 (e.g. -100,30,40,50,20)")
    String cashflows;

    @Option(names = "--rate", required = true, paramLabel = "RATE",
            description = "discount rate per period as a fraction (0.08 = 8 %%), > -1")
    String rate;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        double[] flows;
        double ratePerPeriod;
        try {
            flows = parseFlows(cashflows);
            ratePerPeriod = parseNumber("--rate", rate);
        } catch (IllegalArgumentException e) {
            err.println("edgeplan calc finance: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (ratePerPeriod <= -1.0) {
            err.println("edgeplan calc finance: --rate must be > -1 (got " + rate.strip() + "): at -1 every flow after "
                    + "time 0 would be divided by 0");
            return ExitCodes.INVALID_INPUT;
        }
        double npv = CashFlowMetrics.npvUsd(flows, ratePerPeriod);
        OptionalDouble irr = CashFlowMetrics.irr(flows);
        OptionalDouble payback = CashFlowMetrics.paybackPeriods(flows);
        OptionalDouble discountedPayback = CashFlowMetrics.discountedPaybackPeriods(flows, ratePerPeriod);
        out.println(json ? json(flows, ratePerPeriod, npv, irr, payback, discountedPayback)
                : text(flows, ratePerPeriod, npv, irr, payback, discountedPayback));
        return ExitCodes.OK;
    }

    static double[] parseFlows(String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("--cashflows is empty: give at least the flow at time 0, e.g. "
                    + "--cashflows -100,30,40");
        }
        String[] items = list.split(",", -1);
        double[] flows = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            flows[i] = parseNumber("--cashflows item " + (i + 1), items[i]);
        }
        return flows;
    }

    private static double parseNumber(String what, String text) {
        String s = text.strip();
        if (!NUMBER.matcher(s).matches()) {
            throw new IllegalArgumentException(what + " is not a number: '" + s + "'");
        }
        double value = Double.parseDouble(s);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " is too large for a double: '" + s + "'");
        }
        return value;
    }

    private static String json(double[] flows, double rate, double npv, OptionalDouble irr, OptionalDouble payback,
                               OptionalDouble discountedPayback) {
        JsonWriter w = new JsonWriter(false).beginObject().field("npv", npv);
        optional(w.name("irr"), irr);
        optional(w.name("payback_years"), payback);
        optional(w.name("discounted_payback_years"), discountedPayback);
        w.field("rate", rate).field("periods", flows.length - 1).field("sign_changes", CashFlowMetrics.signChanges(flows));
        return w.endObject().toString();
    }

    private static void optional(JsonWriter w, OptionalDouble value) {
        if (value.isPresent()) {
            w.value(value.getAsDouble());
        } else {
            w.nullValue();
        }
    }

    private static String text(double[] flows, double rate, double npv, OptionalDouble irr, OptionalDouble payback,
                               OptionalDouble discountedPayback) {
        return String.format(Locale.ROOT, """
                NPV at %s per period   %,.4f  (%d flows, the first at time 0 undiscounted)
                IRR                     %s
                payback                 %s
                discounted payback      %s""",
                percent(rate), npv, flows.length,
                irr.isPresent() ? percent(irr.getAsDouble()) + " per period"
                        : "none (the flows change sign " + CashFlowMetrics.signChanges(flows) + " times, not once)",
                years(payback), years(discountedPayback));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.4f %%", fraction * 100.0);
    }

    private static String years(OptionalDouble periods) {
        return periods.isPresent() ? String.format(Locale.ROOT, "%.4f years", periods.getAsDouble())
                : "never (the cumulative cash flow ends below 0)";
    }
}
