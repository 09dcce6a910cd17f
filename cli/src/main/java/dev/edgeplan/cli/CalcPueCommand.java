package dev.edgeplan.cli;

import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.facility.FacilityDetail;
import dev.edgeplan.core.facility.FacilityEngine;
import dev.edgeplan.core.facility.climate.MonthlyClimate;
import dev.edgeplan.core.facility.cooling.PlantRejection;
import dev.edgeplan.core.facility.cooling.PueResult;
import dev.edgeplan.core.scenario.CoolingType;
import dev.edgeplan.core.scenario.Distributed;
import dev.edgeplan.core.scenario.HeatRejection;
import dev.edgeplan.core.scenario.Redundancy;
import dev.edgeplan.io.catalog.CatalogLoader;
import dev.edgeplan.io.json.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code edgeplan calc pue}: annual and monthly PUE of a cooling type in a metro's climate. */
@Command(name = "pue", mixinStandardHelpOptions = true,
        description = "Annual, monthly and design-day PUE, TUE, free-cooling hours and water of a cooling design in a "
                + "metro's climate (bin method on monthly normals; docs/facility.md).",
        footer = {"", "Example:", "  edgeplan calc pue --metro Phoenix --cooling air --it-kw 1000 --json",
                "  edgeplan calc pue --metro Seattle --cooling direct_to_chip --heat-rejection adiabatic_dry_cooler",
                "", "Metros: the climate-normals.csv catalog (e.g. Phoenix, Seattle, Dallas-Fort Worth, London).",
                "Exit codes: 0 ok, 2 bad flags or unknown metro."})
final class CalcPueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--metro", required = true, description = "metro in the climate catalog")
    String metro;

    @Option(names = "--cooling", defaultValue = "air_containment",
            description = "air, air_containment, direct_to_chip or immersion (default ${DEFAULT-VALUE})")
    String cooling;

    @Option(names = "--heat-rejection", defaultValue = "auto",
            description = "auto (liquid loop on dry coolers, room air on towers), or for the whole plant dry_cooler, "
                    + "adiabatic_dry_cooler or cooling_tower (default ${DEFAULT-VALUE})")
    String heatRejection;

    @Option(names = "--it-kw", defaultValue = "1000", description = "IT load, kW (default ${DEFAULT-VALUE})")
    double itKw;

    @Option(names = "--kw-per-rack", defaultValue = "30", description = "rack density, sets white space and lighting (default ${DEFAULT-VALUE})")
    double kwPerRack;

    @Option(names = "--redundancy", defaultValue = "N+1", description = "UPS redundancy, sets UPS part-load losses (default ${DEFAULT-VALUE})")
    String redundancy;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = CatalogLoader.loadBundled();
        CoolingType type = Arrays.stream(CoolingType.values()).filter(t -> t.key().equalsIgnoreCase(cooling)).findFirst().orElse(null);
        Redundancy r = Arrays.stream(Redundancy.values()).filter(x -> x.key().equalsIgnoreCase(redundancy)).findFirst().orElse(null);
        PlantRejection rejection = "auto".equalsIgnoreCase(heatRejection) ? PlantRejection.AUTO
                : Arrays.stream(HeatRejection.values()).filter(h -> h.key().equalsIgnoreCase(heatRejection))
                        .findFirst().map(PlantRejection::all).orElse(null);
        if (type == null || r == null || rejection == null || !(itKw > 0) || Double.isInfinite(itKw) || !(kwPerRack > 0) || Double.isInfinite(kwPerRack)) {
            err.println("edgeplan calc pue: --cooling must be air, air_containment, direct_to_chip or immersion, --heat-rejection auto, "
                    + "dry_cooler, adiabatic_dry_cooler or cooling_tower, --redundancy N, N+1, "
                    + "2N or 2(N+1), --it-kw and --kw-per-rack > 0");
            return ExitCodes.INVALID_INPUT;
        }
        MonthlyClimate climate;
        try {
            climate = CatalogLookup.find("metro", metro, catalog.climates(), MonthlyClimate::metro);
        } catch (CatalogLookup.UnknownIdException e) {
            err.println("edgeplan calc pue: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        // The plan's engine at full load: UPS part-load losses at the redundancy, transformers sized from the design day.
        FacilityDetail detail = FacilityEngine.detail(type, rejection, (int) Math.ceil(itKw / kwPerRack), kwPerRack, itKw,
                itKw, r, Distributed.FOUR_MAKE_THREE, Optional.of(climate), catalog.cooling(type).pue());
        PueResult p = detail.energy();
        if (json) {
            JsonWriter w = new JsonWriter(false).beginObject()
                    .field("metro", climate.metro())
                    .field("cooling", type.key())
                    .field("heat_rejection", rejection.describe(type))
                    .field("it_kw", itKw)
                    .field("redundancy", r.key())
                    .field("climate_source", p.climateSource())
                    .field("pue_annual", p.annualPue())
                    .field("pue_peak", p.peakPue());
            w.name("pue_monthly").beginArray();
            for (double m : p.monthlyPue()) {
                w.value(m);
            }
            w.endArray();
            out.println(w.field("tue", p.tue())
                    .field("free_cooling_full_h_per_year", p.freeCoolingFullHours())
                    .field("free_cooling_partial_h_per_year", p.freeCoolingPartialHours())
                    .field("facility_mwh_per_year", p.facilityMwhPerYear())
                    .field("water_m3_per_year", p.waterM3PerYear())
                    .field("wue_l_per_kwh", p.wueLPerKwh())
                    .endObject());
        } else {
            out.printf(Locale.ROOT, "%s, %s, %.0f kW IT: PUE %.3f annual, %.3f on the design day; TUE %.3f; "
                            + "%.0f h/yr free cooling; WUE %.2f L/kWh%n", climate.metro(), type.key(), itKw, p.annualPue(),
                    p.peakPue(), p.tue(), p.freeCoolingFullHours(), p.wueLPerKwh());
        }
        return ExitCodes.OK;
    }
}
