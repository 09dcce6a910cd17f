package dev.edgeplan.cli;

import dev.edgeplan.core.facility.availability.ModuleAvailability;
import dev.edgeplan.core.facility.availability.Rbd;
import dev.edgeplan.core.facility.availability.UptimeTier;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.io.json.JsonWriter;
import dev.edgeplan.io.plan.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code edgeplan calc availability}: availability of redundant module groups (closed forms). */
@Command(name = "availability", mixinStandardHelpOptions = true,
        description = "Availability and downtime of N modules at a redundancy topology (module groups only, no "
                + "switchgear or PDU: two independent strings for 2N; see docs/facility.md).",
        footer = {"", "Example:",
                "  edgeplan calc availability --topology N+1 --modules-needed 2 --module-availability 0.99 --json",
                "  edgeplan calc availability --topology 3-of-4 --module-availability 0.999",
                "", "Topologies: N, N+1, 2N, 2(N+1), or k-of-n (distributed redundant systems).",
                "Exit codes: 0 ok, 2 bad flags."})
final class CalcAvailabilityCommand implements Callable<Integer> {

    private static final Pattern K_OF_N = Pattern.compile("(\\d+)-of-(\\d+)", Pattern.CASE_INSENSITIVE);

    @Spec
    CommandSpec spec;

    @Option(names = "--topology", required = true, description = "N, N+1, 2N, 2(N+1) or k-of-n")
    String topology;

    @Option(names = "--modules-needed", defaultValue = "1", description = "modules that carry the load, N (default ${DEFAULT-VALUE})")
    int modulesNeeded;

    @Option(names = "--module-availability", required = true, description = "availability of one module, in (0, 1]")
    double moduleAvailability;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(moduleAvailability > 0 && moduleAvailability <= 1) || modulesNeeded < 1 || modulesNeeded > 64) {
            err.println("edgeplan calc availability: --module-availability must be in (0, 1] and --modules-needed in [1, 64]");
            return ExitCodes.INVALID_INPUT;
        }
        Matcher kOfN = K_OF_N.matcher(topology.strip());
        String key;
        int installed;
        double availability;
        String tier;
        if (kOfN.matches()) {
            int k = Integer.parseInt(kOfN.group(1));
            int n = Integer.parseInt(kOfN.group(2));
            if (k < 1 || n < k || n > 64) {
                err.println("edgeplan calc availability: k-of-n needs 1 ≤ k ≤ n ≤ 64 (got " + topology + ")");
                return ExitCodes.INVALID_INPUT;
            }
            key = k + "-of-" + n;
            modulesNeeded = k;
            installed = n;
            availability = ModuleAvailability.distributed(k, n, moduleAvailability);
            tier = UptimeTier.III.key();
        } else {
            Redundancy t = Redundancy.parse(topology).filter(r -> r != Redundancy.DISTRIBUTED).orElse(null);
            if (t == null) {
                err.println("edgeplan calc availability: unknown --topology '" + topology + "'; use N, N+1, 2N, 2(N+1) or k-of-n");
                return ExitCodes.INVALID_INPUT;
            }
            key = t.key();
            installed = t.installedUnits(modulesNeeded);
            availability = ModuleAvailability.of(t, modulesNeeded, moduleAvailability);
            tier = UptimeTier.like(t).key();
        }
        double downtimeH = Rbd.downtimeHPerYear(availability);
        if (json) {
            out.println(new JsonWriter(false).beginObject()
                    .field("topology", key)
                    .field("modules_needed", modulesNeeded)
                    .field("modules_installed", installed)
                    .field("module_availability", moduleAvailability, PlanJson.AVAILABILITY_DECIMALS)
                    .field("availability", availability, PlanJson.AVAILABILITY_DECIMALS)
                    .field("downtime_h_per_year", downtimeH)
                    .field("downtime_min_per_year", downtimeH * 60.0)
                    .field("tier_like", tier)
                    .field("note", "module groups only; 2N = two independent strings of N modules")
                    .endObject());
        } else {
            out.printf(Locale.ROOT, "%s with %d needed (%d installed), module availability %s: availability %.6f, "
                            + "downtime %.2f h/yr (%.1f min/yr), Tier-like %s%n", key, modulesNeeded, installed,
                    moduleAvailability, availability, downtimeH, downtimeH * 60.0, tier);
        }
        return ExitCodes.OK;
    }
}
