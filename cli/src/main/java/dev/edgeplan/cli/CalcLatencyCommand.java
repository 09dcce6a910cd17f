package dev.edgeplan.cli;

import dev.edgeplan.core.network.LatencyModel;
import dev.edgeplan.core.network.RoundTrip;
import dev.edgeplan.core.scenario.AccessType;
import dev.edgeplan.io.json.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code edgeplan calc latency}: the latency model between two points (docs/network.md). */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = {"Round trip between two points: great-circle km × route factor ÷ 204 km/ms each way, plus a "
                + "fixed core term, the access network's round trip and optional processing time.",
            "rtt_ms is the expected (median) round trip, rtt_ms_p90 the conservative one plans check SLOs with.",
            "Default constants and their sources: docs/network.md."},
        footer = {"", "Examples:",
                "  edgeplan calc latency --from 40.71,-74.01 --to 34.05,-118.24 --access fiber --json",
                "  edgeplan calc latency --from=-33.87,151.21 --to=35.68,139.69 --access none",
                "", "Exit codes: 0 ok, 2 bad coordinates or flags."})
final class CalcLatencyCommand implements Callable<Integer> {

    /** A point in decimal degrees (WGS84). */
    record LatLon(double lat, double lon) {
    }

    static final class LatLonConverter implements ITypeConverter<LatLon> {
        @Override
        public LatLon convert(String value) {
            String[] parts = value.split(",", -1);
            if (parts.length != 2) {
                throw new TypeConversionException("'" + value + "' is not LAT,LON in decimal degrees (e.g. 40.71,-74.01)");
            }
            double lat = number(parts[0], value);
            double lon = number(parts[1], value);
            if (lat < -90 || lat > 90) {
                throw new TypeConversionException("latitude " + parts[0].strip() + " is outside [-90, 90] in '" + value + "'");
            }
            if (lon < -180 || lon > 180) {
                throw new TypeConversionException("longitude " + parts[1].strip() + " is outside [-180, 180] in '" + value
                        + "'");
            }
            return new LatLon(lat, lon);
        }

        private static double number(String part, String value) {
            try {
                double d = Double.parseDouble(part.strip());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below with the whole value
            }
            throw new TypeConversionException("'" + part.strip() + "' in '" + value + "' is not a number (expected "
                    + "LAT,LON in decimal degrees, e.g. 40.71,-74.01)");
        }
    }

    static final class AccessConverter implements ITypeConverter<AccessType> {
        @Override
        public AccessType convert(String value) {
            return AccessType.fromKey(value.toLowerCase(Locale.ROOT)).orElseThrow(() -> new TypeConversionException("'" + value + "' is not an access type ("
                            + Arrays.stream(AccessType.values()).map(AccessType::key).collect(Collectors.joining(", "))
                            + ")"));
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, converter = LatLonConverter.class, paramLabel = "LAT,LON",
            description = "one end, decimal degrees")
    LatLon from;

    @Option(names = "--to", required = true, converter = LatLonConverter.class, paramLabel = "LAT,LON",
            description = "other end, decimal degrees")
    LatLon to;

    @Option(names = "--access", defaultValue = "fiber", converter = AccessConverter.class,
            description = "users' access network: fiber, cable, dsl, lte, 5g, private, or none for a site-to-site "
                    + "path between data centers (default ${DEFAULT-VALUE})")
    AccessType access;

    @Option(names = "--processing-ms", defaultValue = "0", description = "time inside the site (default ${DEFAULT-VALUE})")
    double processingMs;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Override
    public Integer call() {
        if (!(processingMs >= 0) || Double.isInfinite(processingMs)) {
            spec.commandLine().getErr().println("edgeplan calc latency: --processing-ms must be a finite number ≥ 0 (got "
                    + processingMs + ")");
            return ExitCodes.INVALID_INPUT;
        }
        RoundTrip rt = new LatencyModel(LatencyModel.defaults()).roundTrip(from.lat(), from.lon(), to.lat(), to.lon(),
                access, processingMs);
        spec.commandLine().getOut().println(json ? json(rt) : text(rt));
        return ExitCodes.OK;
    }

    static String json(RoundTrip rt) {
        return new JsonWriter(false).beginObject()
                .field("distance_km", rt.distanceKm())
                .field("access", rt.access().key())
                .field("route_factor", rt.routeFactor())
                .field("route_factor_p90", rt.routeFactorP90())
                .field("fiber_km", rt.fiberKm())
                .field("fiber_km_p90", rt.fiberKmP90())
                .field("propagation_rtt_ms", rt.propagationRttMs())
                .field("propagation_rtt_ms_p90", rt.propagationRttMsP90())
                .field("core_fixed_ms", rt.coreFixedMs())
                .field("core_fixed_ms_p90", rt.coreFixedMsP90())
                .field("access_rtt_ms", rt.accessRttMs())
                .field("access_rtt_ms_p90", rt.accessRttMsP90())
                .field("processing_ms", rt.processingMs())
                .field("rtt_ms", rt.rttMs())
                .field("rtt_ms_p90", rt.rttMsP90())
                .endObject().toString();
    }

    private static String text(RoundTrip rt) {
        return String.format(Locale.ROOT, """
                distance      %,.1f km great-circle
                                  median           p90
                fibre route   %,9.1f km  %,9.1f km   (route factor %.2f / %.2f)
                propagation   %9.2f ms  %9.2f ms
                core fixed    %9.2f ms  %9.2f ms
                access        %9.2f ms  %9.2f ms   (%s)
                processing    %9.2f ms  %9.2f ms
                round trip    %9.2f ms  %9.2f ms""",
                rt.distanceKm(), rt.fiberKm(), rt.fiberKmP90(), rt.routeFactor(), rt.routeFactorP90(),
                rt.propagationRttMs(), rt.propagationRttMsP90(), rt.coreFixedMs(), rt.coreFixedMsP90(),
                rt.accessRttMs(), rt.accessRttMsP90(), rt.access().key(), rt.processingMs(), rt.processingMs(),
                rt.rttMs(), rt.rttMsP90());
    }
}
