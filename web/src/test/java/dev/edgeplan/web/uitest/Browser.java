package dev.edgeplan.web.uitest;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given to Selenium explicitly, so
 * Selenium Manager is never asked to find or download anything (DriverFinder skips it when the service names its
 * executable and the options name the browser binary).
 */
final class Browser {

    static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Browser() {
    }

    /** What is missing for a browser test, or empty when Chromium and chromedriver are both installed. */
    static Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        if (find(BROWSERS).isEmpty()) {
            missing.add("Chromium (none of " + BROWSERS + "; Debian package chromium)");
        }
        if (find(DRIVERS).isEmpty()) {
            missing.add("chromedriver (none of " + DRIVERS + "; Debian package chromium-driver)");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", missing));
    }

    static ChromeDriver start(Path profile, int width, int height) {
        String driver = find(DRIVERS).orElseThrow();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .withLogFile(profile.resolveSibling("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find(BROWSERS).orElseThrow());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--lang=en-US",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    static Path screenshot(TakesScreenshot driver, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static Optional<String> find(List<String> candidates) {
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }
}
