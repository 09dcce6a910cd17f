package dev.edgeplan.web.jobs;

import dev.edgeplan.core.plan.Plan;
import dev.edgeplan.io.plan.PlanJson;
import dev.edgeplan.io.report.CommissioningChecklist;
import dev.edgeplan.io.report.PdfReport;
import dev.edgeplan.io.report.PlanGeoJson;
import dev.edgeplan.io.report.PlanWorkbook;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The files a run produces, the same as {@code edgeplan plan --format json,html,xlsx,geojson,pdf} writes. Only these
 * names are ever served, so an artifact request cannot name any other file.
 */
public enum ArtifactKind {
    PLAN_JSON("plan.json", "application/json"),
    REPORT_HTML("report.html", "text/html; charset=utf-8"),
    COMMISSIONING_MD("commissioning.md", "text/markdown; charset=utf-8"),
    PLAN_XLSX("plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PLAN_GEOJSON("plan.geojson", "application/geo+json"),
    /** Laid out from report.html on first request (a layout engine: seconds), then kept. */
    REPORT_PDF("report.pdf", "application/pdf");

    private final String fileName;
    private final String contentType;

    ArtifactKind(String fileName, String contentType) {
        this.fileName = fileName;
        this.contentType = contentType;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    /** Made when the run finishes; the PDF waits until asked for. */
    public boolean eager() {
        return this != REPORT_PDF;
    }

    public static Optional<ArtifactKind> byFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }

    /** This artifact of {@code plan}; {@code html} is the rendered report, which two of them share. */
    byte[] render(Plan plan, String html) {
        return switch (this) {
            case PLAN_JSON -> utf8(PlanJson.write(plan));
            case REPORT_HTML -> utf8(html);
            case COMMISSIONING_MD -> utf8(CommissioningChecklist.render(plan));
            case PLAN_XLSX -> PlanWorkbook.write(plan);
            case PLAN_GEOJSON -> utf8(PlanGeoJson.write(plan));
            case REPORT_PDF -> PdfReport.render(html);
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
