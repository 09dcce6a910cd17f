package dev.edgeplan.io.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens report.html in a real browser (Debian's headless Chromium, which .ci/run installs) and checks the screenshot
 * is the size asked for and mostly drawn, not blank. Skipped, with a message saying so, where no Chromium exists.
 */
class ReportBrowserTest {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2400;

    @Test
    void rendersInHeadlessChromium(@TempDir Path tmp) throws IOException, InterruptedException {
        Optional<String> browser = BROWSERS.stream().filter(b -> Files.isExecutable(Path.of(b))).findFirst();
        if (browser.isEmpty()) {
            System.err.println("ReportBrowserTest SKIPPED: no Chromium at " + BROWSERS + " (.ci/run installs Debian's chromium)");
        }
        Assumptions.assumeTrue(browser.isPresent(), "no Chromium installed");
        Path page = tmp.resolve("report.html");
        Files.writeString(page, HtmlReport.render(PlanFixture.plan()), StandardCharsets.UTF_8);
        Path shot = tmp.resolve("shot.png");
        Process p = new ProcessBuilder(browser.get(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + tmp.resolve("profile"),
                "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + shot, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished within 120 s").isTrue();
        assertThat(shot).as(Files.readString(tmp.resolve("chromium.log"))).exists();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        long inked = 0;
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    inked++;
                }
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        long samples = (long) (WIDTH / 2) * (HEIGHT / 2);
        // text, table rules and chart marks: a blank or unstyled page has almost none of either
        assertThat(inked).as("non-white pixels").isGreaterThan(samples / 100);
        assertThat(coloured).as("coloured pixels (accent, cards, charts)").isGreaterThan(samples / 1000);
    }
}
