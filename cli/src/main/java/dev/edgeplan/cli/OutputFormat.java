package dev.edgeplan.cli;

import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.io.plan.AtomicFiles;
import dev.edgeplan.io.plan.PlanJson;
import dev.edgeplan.io.report.CommissioningChecklist;
import dev.edgeplan.io.report.HtmlReport;
import dev.edgeplan.io.report.PdfReport;
import dev.edgeplan.io.report.PlanGeoJson;
import dev.edgeplan.io.report.PlanWorkbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code plan --format} can write: each value, its files and how they are made from the plan. A new output is
 * one constant here and its case in {@link #writeAll} (the compiler asks for it). Every file goes through
 * {@link AtomicFiles} (temporary file, then rename).
 */
enum OutputFormat {
    JSON(true, "plan.json"),
    /** The report and, for the people who walk the site with it, the commissioning checklist. */
    HTML(true, "report.html", "commissioning.md"),
    XLSX(true, "plan.xlsx"),
    GEOJSON(true, "plan.geojson"),
    /** The HTML report laid out for print; slower (a layout engine), so not written unless asked for. */
    PDF(false, "report.pdf");

    final boolean byDefault;
    final List<String> files;

    OutputFormat(boolean byDefault, String... files) {
        this.byDefault = byDefault;
        this.files = List.of(files);
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String defaults() {
        return Arrays.stream(values()).filter(f -> f.byDefault).map(OutputFormat::key).collect(Collectors.joining(","));
    }

    static String valid() {
        return Arrays.stream(values()).map(OutputFormat::key).collect(Collectors.joining(", "));
    }

    /** A comma-separated list such as {@code json,xlsx} (case and spaces ignored, repeats allowed). */
    static Set<OutputFormat> parse(String list) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String item : list.split(",", -1)) {
            String key = item.strip().toLowerCase(Locale.ROOT);
            formats.add(Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown format '" + item.strip() + "' in --format " + list
                            + "; valid values: " + valid())));
        }
        return formats;
    }

    /** Writes the formats' files into {@code dir}; the HTML is rendered once when the PDF needs it too. */
    static List<Path> writeAll(Set<OutputFormat> formats, Plan plan, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        String html = formats.contains(HTML) || formats.contains(PDF) ? HtmlReport.render(plan) : null;
        for (OutputFormat f : formats) {
            List<byte[]> contents = switch (f) {
                case JSON -> List.of(utf8(PlanJson.write(plan)));
                case HTML -> List.of(utf8(html), utf8(CommissioningChecklist.render(plan)));
                case XLSX -> List.of(PlanWorkbook.write(plan));
                case GEOJSON -> List.of(utf8(PlanGeoJson.write(plan)));
                case PDF -> List.of(PdfReport.render(html));
            };
            for (int i = 0; i < f.files.size(); i++) {
                Path target = dir.resolve(f.files.get(i));
                AtomicFiles.writeBytes(target, contents.get(i));
                written.add(target);
            }
        }
        return written;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
