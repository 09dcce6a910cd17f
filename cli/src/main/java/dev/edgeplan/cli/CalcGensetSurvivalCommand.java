package dev.edgeplan.cli;

import dev.edgeplan.core.facility.availability.GensetSurvival;
import dev.edgeplan.core.facility.availability.ReliabilityDefaults;
import dev.edgeplan.io.json.JsonWriter;
import dev.edgeplan.io.plan.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code edgeplan calc genset-survival}: probability that standby gensets carry an outage (NREL REopt method). */
@Command(name = "genset-survival", mixinStandardHelpOptions = true,
        description = "Probability that at least --needed of --units standby generators start and run for --hours "
                + "(no repair during the outage; defaults from NREL REopt.jl).",
        footer = {"", "Example:", "  edgeplan calc genset-survival --units 3 --needed 2 --hours 48 --json",
                "", "Exit codes: 0 ok, 2 bad flags."})
final class CalcGensetSurvivalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--units", required = true, description = "generators installed")
    int units;

    @Option(names = "--needed", required = true, description = "generators that carry the load")
    int needed;

    @Option(names = "--hours", required = true, description = "outage length, h")
    double hours;

    @Option(names = "--operational-availability", description = "default 0.995 (REopt.jl)")
    double operationalAvailability = ReliabilityDefaults.GENSET_OPERATIONAL_AVAILABILITY;

    @Option(names = "--fail-to-start", description = "default 0.0094 (REopt.jl)")
    double failToStart = ReliabilityDefaults.GENSET_FAIL_TO_START;

    @Option(names = "--mttf-h", description = "mean time to failure while running, h; default 1100 (REopt.jl)")
    double mttfH = ReliabilityDefaults.GENSET_MTTF_RUNNING_H;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (units < 1 || needed < 1 || needed > units || units > 64 || !(hours >= 0) || Double.isInfinite(hours)
                || !(operationalAvailability > 0 && operationalAvailability <= 1) || !(failToStart >= 0 && failToStart < 1)
                || !(mttfH > 1) || Double.isInfinite(mttfH)) {
            err.println("edgeplan calc genset-survival: need 1 ≤ --needed ≤ --units ≤ 64, --hours ≥ 0, "
                    + "--operational-availability in (0, 1], --fail-to-start in [0, 1), --mttf-h > 1");
            return ExitCodes.INVALID_INPUT;
        }
        double unit = GensetSurvival.unitSurvival(hours, operationalAvailability, failToStart, mttfH);
        double survival = GensetSurvival.probability(units, needed, hours, operationalAvailability, failToStart, mttfH);
        if (json) {
            out.println(new JsonWriter(false).beginObject()
                    .field("units", units)
                    .field("needed", needed)
                    .field("hours", hours)
                    .field("operational_availability", operationalAvailability)
                    .field("fail_to_start", failToStart)
                    .field("mttf_h", mttfH)
                    .field("unit_survival", unit, PlanJson.AVAILABILITY_DECIMALS)
                    .field("survival_probability", survival, PlanJson.AVAILABILITY_DECIMALS)
                    .field("source", "NREL REopt.jl backup_reliability defaults and method")
                    .endObject());
        } else {
            out.printf(Locale.ROOT, "%d of %d generators carry a %.1f h outage with probability %.5f (per unit %.5f)%n",
                    needed, units, hours, survival, unit);
        }
        return ExitCodes.OK;
    }
}
