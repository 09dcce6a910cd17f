package dev.edgeplan.io.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code report.pdf}: the same page as {@code report.html}, laid out for print (A4 landscape, the report's print
 * CSS) by openhtmltopdf, the inline SVG charts drawn by Batik. DejaVu Sans is embedded so the arrows, ≤, ≥, ×, °
 * and dashes the report uses print as glyphs, not as missing-character boxes.
 */
public final class PdfReport {

    /** The family the report's CSS names first for print. */
    static final String FONT_FAMILY = "DejaVu Sans";

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /** Held so the JUL configuration is not garbage-collected with the logger. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        // The renderer and PDFBox log font fallbacks and CSS they skip to stderr, which is the user's channel for
        // edgeplan's own messages: keep them quiet (the PDF test checks the output instead).
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private PdfReport() {
    }

    /** @param xhtml the report page, well-formed XML as {@link HtmlReport#render} writes it */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withProducer("edgeplan");
        builder.withHtmlContent(withSvgNamespace(xhtml), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("report.pdf: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * An HTML parser puts inline {@code <svg>} in the SVG namespace by itself; the PDF renderer reads the page as
     * XML and draws only elements declared in it, so the namespace is added here rather than in report.html.
     */
    static String withSvgNamespace(String xhtml) {
        return xhtml.replace("<svg class=\"chart\"", "<svg xmlns=\"" + SVG_NAMESPACE + "\" class=\"chart\"");
    }

    private static InputStream font(String file) {
        InputStream in = PdfReport.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font /fonts/" + file + " is missing from the jar");
        }
        return in;
    }
}
