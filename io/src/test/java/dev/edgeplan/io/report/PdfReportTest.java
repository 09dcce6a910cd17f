package dev.edgeplan.io.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTest {

    @Test
    void rendersTheReportWithItsTextAndCharts() throws IOException {
        String html = HtmlReport.render(PlanFixture.plan());
        byte[] pdf = PdfReport.render(html);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // A4 landscape; the fixture's report runs to several pages (sections that start a page in print CSS)
            assertThat(doc.getNumberOfPages()).isBetween(6, 60);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Texas edge inference 2026", "Dallas Infomart", "Commissioning",
                    "Open the utility main at full hall load bank");
            // the embedded font carries the report's symbols: no missing-glyph '#' stand-ins for them
            assertThat(text).contains("→").contains("×");
            System.out.println("pdf pages " + doc.getNumberOfPages() + ", bytes " + pdf.length);
        }
    }
}
