package dev.edgeplan.cli;

import dev.edgeplan.core.catalog.Accelerator;
import dev.edgeplan.core.catalog.Catalog;
import dev.edgeplan.core.catalog.ModelProfile;
import dev.edgeplan.core.catalog.ServerModel;
import dev.edgeplan.io.catalog.CatalogLoader;
import dev.edgeplan.io.json.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code edgeplan catalog}: lists the bundled accelerators, servers and models with their key figures. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List bundled catalog entries: accelerators, servers or models (ids used in scenarios and by 'size').",
        footer = {"", "Example:", "  edgeplan catalog accelerators", "  edgeplan catalog models --json",
                "", "Sources for every figure are in the catalog CSV files (see docs/catalog.md)."})
final class CatalogCommand implements Callable<Integer> {

    enum Kind { accelerators, servers, models }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "accelerators, servers or models")
    Kind kind;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Override
    public Integer call() {
        Catalog catalog = CatalogLoader.loadBundled();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(catalog));
        } else {
            out.print(text(catalog));
        }
        return ExitCodes.OK;
    }

    private String json(Catalog catalog) {
        JsonWriter w = new JsonWriter(false).beginObject();
        w.name(kind.name()).beginArray();
        switch (kind) {
            case accelerators -> catalog.accelerators().forEach(a -> w.beginObject().field("id", a.id())
                    .field("name", a.name()).field("memory_gb", a.memoryGb()).field("mem_bw_tbps", a.memBwTbps())
                    .field("bf16_dense_tflops", a.bf16DenseTflops()).field("fp8_dense_tflops", a.fp8DenseTflops())
                    .field("fp4_dense_tflops", a.fp4DenseTflops()).field("tdp_w", a.tdpW())
                    .field("default_server", catalog.defaultServerFor(a.id()).map(ServerModel::id).orElse(""))
                    .endObject());
            case servers -> catalog.servers().forEach(s -> w.beginObject().field("id", s.id()).field("name", s.name())
                    .field("accelerator", s.acceleratorId()).field("accelerators_per_server", s.acceleratorsPerServer())
                    .field("nameplate_kw", s.nameplateKw()).field("loaded_kw", s.loadedKw())
                    .field("rack_units", s.rackUnits()).field("liquid_cooled", s.liquidCooled())
                    .field("rack_scale", s.rackScale()).endObject());
            case models -> catalog.models().forEach(m -> w.beginObject().field("id", m.id()).field("name", m.name())
                    .field("kind", m.kind().key()).field("benchmark", m.benchmark())
                    .field("params_total_b", m.paramsTotalB()).field("params_active_b", m.paramsActiveB())
                    .field("roofline_ready", m.hasArchitecture()).field("server_ttft_ms", m.serverTtftMs())
                    .field("server_tpot_ms", m.serverTpotMs()).endObject());
        }
        return w.endArray().endObject().toString();
    }

    private String text(Catalog catalog) {
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case accelerators -> {
                sb.append(row("id", "memory GB", "TB/s", "FP8 TFLOPS", "TDP W", "server"));
                for (Accelerator a : catalog.accelerators()) {
                    sb.append(row(a.id(), fmt(a.memoryGb()), fmt(a.memBwTbps()), fmt(a.fp8DenseTflops()), fmt(a.tdpW()),
                            catalog.defaultServerFor(a.id()).map(ServerModel::id).orElse("(none)")));
                }
            }
            case servers -> {
                sb.append(row("id", "accelerator", "per server", "nameplate kW", "loaded kW", "cooling"));
                for (ServerModel s : catalog.servers()) {
                    sb.append(row(s.id(), s.acceleratorId(), Integer.toString(s.acceleratorsPerServer()),
                            fmt(s.nameplateKw()), fmt(s.loadedKw()), s.liquidCooled() ? "liquid" : "air"));
                }
            }
            case models -> {
                sb.append(row("id", "kind", "benchmark", "params B", "active B", "roofline"));
                for (ModelProfile m : catalog.models()) {
                    sb.append(row(m.id(), m.kind().key(), m.benchmark(), fmt(m.paramsTotalB()), fmt(m.paramsActiveB()),
                            m.hasArchitecture() ? "yes" : "no"));
                }
            }
        }
        return sb.toString();
    }

    private static String row(String... cells) {
        return String.format(Locale.ROOT, "%-16s %-14s %-22s %12s %12s  %s%n", (Object[]) cells);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
