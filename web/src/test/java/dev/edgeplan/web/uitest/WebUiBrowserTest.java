package dev.edgeplan.web.uitest;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI end to end in Debian's headless Chromium against the real server (in-process, loopback, temporary data
 * directory): create a scenario by pasting a file, see a validation error at its line, run a plan and watch its
 * progress, see the report's map and charts, compare two plans. The methods run in order as one user's session.
 * Skipped, with a message on stderr naming what is missing, where Chromium or chromedriver is not installed
 * (.ci/run installs both from Debian).
 *
 * <p>The package is not {@code dev.edgeplan.web.ui}: the test classes' directory of that name would come first on
 * the test classpath and hide the UI's static files in {@code dev/edgeplan/web/ui/} from the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiBrowserTest extends BrowserSession {

    private static final Duration PLAN_TIMEOUT = Duration.ofSeconds(180);
    private static final Path EXAMPLE = Path.of("..", "examples", "dallas-chat.yaml");
    private static final Path SHOTS = Path.of("target");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebDriverWait wait;
    private String example;
    private String firstScenarioId;
    private String firstRunId;
    private String secondRunId;

    @Override
    void started() throws IOException {
        example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    @Order(1)
    void listStartsEmptyAndServesTheUiFromTheServer() {
        open("#/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("scenario-empty")));
        assertThat(driver.getTitle()).isEqualTo("edgeplan");
        wait.until(d -> !text(test("server-status")).isEmpty());
        assertThat(text(test("server-status"))).contains("server");
        assertThat(driver.findElements(test("message-error"))).isEmpty();
    }

    @Test
    @Order(2)
    void createScenarioByPastingTheExampleAndSaving() {
        open("#/new");
        WebElement yaml = wait.until(ExpectedConditions.visibilityOfElementLocated(test("editor-yaml")));
        paste(yaml, example);
        waitForValidation("Valid");
        assertThat(text(test("validation-status"))).contains("Dallas", "candidate sites");
        assertThat(driver.findElements(test("problem"))).isEmpty();
        // the form reads the common fields from the text
        assertThat(value(test("field-name"))).isEqualTo("Dallas–Fort Worth consumer chat");
        assertThat(value(test("field-horizon-years"))).isEqualTo("8");
        assertThat(value(test("field-redundancy"))).isEqualTo("N+1");
        assertThat(value(test("field-discount-rate"))).isEqualTo("8");

        click(test("editor-save"));
        wait.until(ExpectedConditions.textToBe(test("editor-revision"), "1"));
        assertThat(text(test("message-info"))).contains("Saved", "revision 1");
        assertThat(driver.getCurrentUrl()).matches(".*#/scenarios/[^/]+$");
        firstScenarioId = driver.getCurrentUrl().replaceAll(".*#/scenarios/", "");
        assertThat(driver.findElement(test("editor-dirty")).isDisplayed()).isFalse();

        open("#/");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=scenario-row][data-id='" + firstScenarioId + "']")));
        assertThat(row.getText()).contains("Dallas–Fort Worth consumer chat");
        assertThat(row.findElement(test("scenario-revision")).getText()).isEqualTo("1");
    }

    @Test
    @Order(3)
    void typingAnErrorShowsTheProblemAtItsLineAndJumpsThere() throws IOException {
        openScenario(firstScenarioId);
        WebElement yaml = driver.findElement(test("editor-yaml"));
        int lines = example.split("\n", -1).length; // counts the empty last line after a final newline
        yaml.click();
        yaml.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        // really typed, key by key, as a user would: an unknown top-level key on a new last line
        yaml.sendKeys(Keys.ENTER, "horizon_yeers: 9");
        int badLine = lines + 1;
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(test("problem")));
        assertThat(text(test("validation-status"))).containsPattern("\\d+ problems?");
        assertThat(problem.getAttribute("data-line")).isEqualTo(String.valueOf(badLine));
        assertThat(problem.findElement(test("problem-where")).getText()).isEqualTo(badLine + ":1");
        assertThat(problem.getText()).contains("horizon_yeers");
        assertThat(driver.findElement(test("editor-dirty")).isDisplayed()).isTrue();
        // the gutter marks the line
        assertThat(driver.findElement(By.cssSelector("#editor-gutter .ln.err")).getText())
                .isEqualTo(String.valueOf(badLine));
        assertInked(Browser.screenshot(driver, SHOTS.resolve("ui-editor.png")));

        // clicking the problem selects its line in the text
        yaml.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        problem.findElement(test("problem-where")).click();
        Long caretLine = (Long) js("const t = arguments[0];"
                + " return t.value.slice(0, t.selectionStart).split('\\n').length;", yaml);
        assertThat(caretLine).isEqualTo(badLine);
        assertThat((String) js("const t = arguments[0]; return t.value.slice(t.selectionStart, t.selectionEnd);",
                yaml)).isEqualTo("horizon_yeers: 9");

        // saving an invalid scenario is refused by the server (422), reported, and stores nothing
        click(test("editor-save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("message-error")));
        assertThat(text(test("message-error"))).contains("not saved", "422");
        assertThat(text(test("editor-revision"))).isEqualTo("1");

        // deleting the typed line makes it valid again
        yaml.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        for (int i = 0; i < "horizon_yeers: 9".length() + 1; i++) {
            yaml.sendKeys(Keys.BACK_SPACE);
        }
        waitForValidation("Valid");
        assertThat(driver.findElements(test("problem"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#editor-gutter .ln.err"))).isEmpty();
    }

    @Test
    @Order(4)
    void runPlanShowsProgressThenTheReportsMapChartsAndTables() throws IOException {
        openScenario(firstScenarioId);
        click(test("editor-run"));
        wait.until(ExpectedConditions.urlMatches("#/runs/[^/]+$"));
        firstRunId = driver.getCurrentUrl().replaceAll(".*#/runs/", "");
        WebElement progress = driver.findElement(test("run-progress"));
        new WebDriverWait(driver, PLAN_TIMEOUT).until(d -> isTerminal(text(test("run-status"))));
        assertThat(text(test("run-status"))).isEqualTo("succeeded");
        assertThat(progress.getAttribute("value")).isEqualTo("1");
        assertThat(text(test("run-progress-text"))).isEqualTo("100 %");
        assertThat(text(test("run-stage"))).isEqualTo("done");
        assertThat(driver.findElement(test("run-cancel")).isEnabled()).isFalse();

        WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(test("results")));
        List<WebElement> figures = results.findElements(test("figure"));
        assertThat(figures).extracting(f -> f.getAttribute("data-key"))
                .contains("sites_chosen", "accelerators", "it_kw", "capex_usd", "npv_usd");
        assertThat(results.findElements(test("site-row"))).hasSize(1);
        for (String name : List.of("plan.json", "plan.xlsx", "plan.geojson", "report.pdf", "commissioning.md")) {
            WebElement link = results.findElement(test("artifact-" + name));
            assertThat(link.getAttribute("href")).contains("/api/v1/runs/" + firstRunId + "/artifacts/" + name);
        }
        assertThat(fetchStatus(results.findElement(test("artifact-plan.json")).getAttribute("href"))).isEqualTo(200);

        // the report page inside its sandboxed frame: the map and the charts are there as SVG
        WebElement frame = driver.findElement(test("report-frame"));
        scrollTo(frame);
        driver.switchTo().frame(frame);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector("#map svg")).isEmpty());
            assertThat(driver.findElements(By.cssSelector("#map svg"))).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("#map svg path")).size())
                    .as("country and state outlines on the map").isGreaterThanOrEqualTo(3);
            assertThat(driver.findElements(By.cssSelector("#map svg circle")).size())
                    .as("demand points and sites on the map").isGreaterThanOrEqualTo(3);
            assertThat(driver.findElements(By.cssSelector("svg.chart")).size())
                    .as("map and charts in the report").isGreaterThanOrEqualTo(5);
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("dfw-");
        } finally {
            driver.switchTo().defaultContent();
        }
        driver.executeScript("window.scrollTo(0, 0)");
        assertInked(Browser.screenshot(driver, SHOTS.resolve("ui-results.png")));
    }

    @Test
    @Order(5)
    void formEditsOnlyItsKeysAndSecondPlanComparesWithChangedRowsHighlighted() throws IOException {
        open("#/new");
        WebElement yaml = wait.until(ExpectedConditions.visibilityOfElementLocated(test("editor-yaml")));
        paste(yaml, example);
        waitForValidation("Valid");
        WebElement name = driver.findElement(test("field-name"));
        name.clear();
        name.sendKeys("Dallas chat 2N");
        new Select(driver.findElement(test("field-redundancy"))).selectByVisibleText("2N");
        WebElement price = driver.findElement(test("field-usd-per-gpu-hour"));
        price.clear();
        price.sendKeys("3.1");
        String text = value(test("editor-yaml"));
        assertThat(text).contains("name: Dallas chat 2N\n", "  redundancy: 2N\n", "  usd_per_gpu_hour: 3.1\n");
        // every other line, comments included, is as pasted
        assertThat(text.lines().filter(l -> !l.startsWith("name:") && !l.contains("redundancy:")
                && !l.contains("usd_per_gpu_hour:")).toList())
                .containsExactlyElementsOf(example.lines().filter(l -> !l.startsWith("name:")
                        && !l.contains("redundancy:") && !l.contains("usd_per_gpu_hour:")).toList());
        wait.until(d -> text(test("validation-status")).contains("Valid: Dallas chat 2N"));

        click(test("editor-run"));
        wait.until(ExpectedConditions.urlMatches("#/runs/[^/]+$"));
        secondRunId = driver.getCurrentUrl().replaceAll(".*#/runs/", "");
        new WebDriverWait(driver, PLAN_TIMEOUT).until(d -> isTerminal(text(test("run-status"))));
        assertThat(text(test("run-status"))).isEqualTo("succeeded");

        open("#/");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=run-row][data-status=succeeded]"), 2));
        click(test("list-compare"));
        WebElement a = wait.until(ExpectedConditions.visibilityOfElementLocated(test("compare-a")));
        wait.until(d -> new Select(a).getOptions().size() == 2);
        new Select(a).selectByValue(firstRunId);
        new Select(driver.findElement(test("compare-b"))).selectByValue(secondRunId);
        click(test("compare-go"));
        WebElement totals = wait.until(ExpectedConditions.visibilityOfElementLocated(test("compare-totals")));
        assertThat(driver.getCurrentUrl()).contains("a=" + firstRunId, "b=" + secondRunId);

        List<WebElement> changed = totals.findElements(By.cssSelector("tr.changed"));
        assertThat(changed).extracting(r -> r.getAttribute("data-key")).contains("capex_usd", "npv_usd");
        WebElement capex = totals.findElement(By.cssSelector("tr[data-key=capex_usd]"));
        assertThat(capex.findElement(test("delta")).getText()).startsWith("+");
        assertThat(capex.findElement(test("delta-pct")).getText()).matches("\\+\\d+\\.\\d %");
        // a figure the change does not touch is not highlighted
        WebElement accelerators = totals.findElement(By.cssSelector("tr[data-key=accelerators]"));
        assertThat(accelerators.getAttribute("class")).doesNotContain("changed");
        assertThat(accelerators.findElement(test("delta")).getText()).isEmpty();

        List<WebElement> sites = driver.findElements(test("compare-site"));
        assertThat(sites).isNotEmpty();
        WebElement site = sites.get(0);
        assertThat(site.getAttribute("data-status")).isEqualTo("both");
        assertThat(site.findElements(By.cssSelector("tr.changed"))).extracting(r -> r.getAttribute("data-key"))
                .contains("capex_usd");
        String highlight = capex.getCssValue("background-color");
        assertThat(highlight).isNotEqualTo(accelerators.getCssValue("background-color"));
        // tall enough for the totals and the site's table in one picture (docs/img/web-compare.png is this one)
        driver.manage().window().setSize(new Dimension(1280, 1560));
        try {
            assertInked(Browser.screenshot(driver, SHOTS.resolve("ui-compare.png")));
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    @Order(6)
    void saveAfterSomeoneElseSavedReportsTheConflict() throws Exception {
        openScenario(firstScenarioId);
        // another user saves revision 2 through the API while this editor still holds revision 1
        HttpResponse<String> put = http(HttpRequest.newBuilder(server.base().resolve("/api/v1/scenarios/" + firstScenarioId))
                .header("Content-Type", "application/yaml").header("X-Edgeplan-Request", "1")
                .PUT(HttpRequest.BodyPublishers.ofString(example.replace("seed: 42", "seed: 43"))));
        assertThat(put.statusCode()).isEqualTo(200);
        WebElement horizon = driver.findElement(test("field-horizon-years"));
        horizon.clear();
        horizon.sendKeys("9");
        assertThat(value(test("editor-yaml"))).contains("horizon_years: 9\n");
        click(test("editor-save"));
        WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.conflict")));
        assertThat(conflict.getText()).contains("409", "revision 1", "revision 2");
        assertThat(text(test("editor-revision"))).isEqualTo("1");
        assertThat(driver.findElement(test("editor-dirty")).isDisplayed()).isTrue();

        // leaving with unsaved text asks first: staying keeps the editor and the text as they were
        String address = driver.getCurrentUrl();
        driver.findElement(test("nav-scenarios")).click();
        wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(driver.getCurrentUrl()).isEqualTo(address);
        assertThat(driver.findElement(test("view-editor")).isDisplayed()).isTrue();
        assertThat(value(test("editor-yaml"))).contains("horizon_years: 9\n");
        driver.findElement(test("nav-scenarios")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("view-list")));
    }

    @Test
    @Order(7)
    void anEarlierRevisionLoadsIntoTheEditorSavesAsTheNewestAndRunsAsItWas() throws Exception {
        // step 6 left revision 2 (seed 43) stored over the pasted example (revision 1, seed 42)
        openScenario(firstScenarioId);
        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(test("history")));
        wait.until(d -> history.findElements(test("history-row")).size() == 2);
        List<WebElement> rows = history.findElements(test("history-row"));
        assertThat(rows).extracting(r -> r.getAttribute("data-revision")).containsExactly("2", "1");
        assertThat(rows.get(0).getText()).contains("(current)");
        assertThat(rows.get(0).findElement(test("history-load")).isEnabled()).isFalse();

        rows.get(1).findElement(test("history-load")).click();
        wait.until(d -> value(test("editor-yaml")).contains("seed: 42"));
        assertThat(value(test("editor-yaml"))).isEqualTo(example);
        assertThat(driver.findElement(test("editor-dirty")).isDisplayed()).isTrue();
        assertThat(driver.findElements(test("message-info"))).extracting(WebElement::getText)
                .anyMatch(m -> m.contains("Revision 1 is in the editor") && m.contains("revision 3"));
        click(test("editor-save"));
        wait.until(ExpectedConditions.textToBe(test("editor-revision"), "3"));
        wait.until(d -> history.findElements(test("history-row")).size() == 3);
        assertThat(history.findElements(test("history-row")).get(0).getText()).contains("(current)");
        js("arguments[0].scrollIntoView()", history);
        assertInked(Browser.screenshot(driver, SHOTS.resolve("ui-history.png")));
        HttpResponse<String> source = http(HttpRequest.newBuilder(
                server.base().resolve("/api/v1/scenarios/" + firstScenarioId + "/source")).GET());
        assertThat(source.body()).isEqualTo(example);

        history.findElement(By.cssSelector("[data-test=history-row][data-revision='2']"))
                .findElement(test("history-run")).click();
        wait.until(ExpectedConditions.urlMatches("#/runs/[^/]+$"));
        String runId = driver.getCurrentUrl().replaceAll(".*#/runs/", "");
        new WebDriverWait(driver, PLAN_TIMEOUT).until(d -> isTerminal(text(test("run-status"))));
        HttpResponse<String> run = http(HttpRequest.newBuilder(server.base().resolve("/api/v1/runs/" + runId)).GET());
        assertThat(run.body()).containsPattern("\"scenario_revision\"\\s*:\\s*2\\b");
    }

    @Test
    @Order(8)
    void cancelStopsARunningPlan() throws Exception {
        // the national example plans for several seconds: long enough to cancel while it runs
        String national = Files.readString(Path.of("..", "examples", "us-national.yaml"), StandardCharsets.UTF_8);
        HttpResponse<String> created = http(HttpRequest.newBuilder(server.base().resolve("/api/v1/scenarios"))
                .header("Content-Type", "application/yaml").header("X-Edgeplan-Request", "1")
                .POST(HttpRequest.BodyPublishers.ofString(national)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(id.find()).isTrue();
        open("#/");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=scenario-row][data-id='" + id.group(1) + "']")));
        row.findElement(test("scenario-run")).click();
        wait.until(ExpectedConditions.urlMatches("#/runs/[^/]+$"));
        wait.until(d -> List.of("queued", "running").contains(text(test("run-status"))));
        click(test("run-cancel"));
        new WebDriverWait(driver, PLAN_TIMEOUT).until(d -> isTerminal(text(test("run-status"))));
        assertThat(text(test("run-status"))).isEqualTo("cancelled");
        assertThat(text(test("run-error"))).contains("Cancelled");
        assertThat(driver.findElement(test("results")).isDisplayed()).isFalse();
        assertThat(driver.findElement(test("run-cancel")).isEnabled()).isFalse();
    }

    @Test
    @Order(9)
    void apiErrorsAreShownNotSwallowed() {
        open("#/runs/no-such-run");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(test("message-error")));
        assertThat(error.getText()).contains("404");
        open("#/compare?a=" + firstRunId + "&b=no-such-run");
        error = wait.until(ExpectedConditions.visibilityOfElementLocated(test("message-error")));
        assertThat(error.getText()).containsPattern("HTTP 40[49]");
    }

    @Test
    @Order(10)
    void deleteRemovesTheScenarioAndItsRuns() {
        open("#/");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=scenario-row][data-id='" + firstScenarioId + "']")));
        row.findElement(test("scenario-delete")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[data-test=scenario-row][data-id='" + firstScenarioId + "']")));
        assertThat(driver.findElements(By.cssSelector("[data-test=run-row][data-id='" + firstRunId + "']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-test=run-row][data-id='" + secondRunId + "']"))).hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    private void open(String fragment) {
        String url = server.base().resolve("/" + fragment).toString();
        if (url.equals(driver.getCurrentUrl())) {
            // the same address again is no navigation at all: reload so the page shows the server's state afresh
            driver.navigate().refresh();
        } else {
            driver.get(url);
        }
        wait.until(d -> "complete".equals(js("return document.readyState")));
    }

    private void openScenario(String id) {
        open("#/scenarios/" + id);
        wait.until(d -> !value(test("editor-yaml")).isEmpty());
        waitForValidation("Valid");
    }

    // Pasting: the whole text lands at once, then the page sees one input event, as from the clipboard.
    private void paste(WebElement textarea, String text) {
        textarea.click();
        js("const t = arguments[0]; t.value = arguments[1]; t.dispatchEvent(new InputEvent('input',"
                + " {bubbles: true, inputType: 'insertFromPaste'}));", textarea, text);
    }

    private void waitForValidation(String prefix) {
        try {
            wait.until(d -> text(test("validation-status")).startsWith(prefix));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("validation status '" + text(test("validation-status")) + "', messages '"
                    + text(test("messages")) + "'", e);
        }
    }

    private long fetchStatus(String url) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => done(r.status), e => done(-1));", url);
        return ((Number) status).longValue();
    }

    private HttpResponse<String> http(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isTerminal(String status) {
        return List.of("succeeded", "failed", "cancelled", "infeasible").contains(status);
    }

    private Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private void scrollTo(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private String text(By by) {
        return driver.findElement(by).getText();
    }

    private String value(By by) {
        return driver.findElement(by).getDomProperty("value");
    }

    private static By test(String name) {
        return By.cssSelector("[data-test='" + name + "']");
    }

    // A screenshot of a drawn page, not a blank or unstyled one: some dark text and some colour.
    private static void assertInked(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        long inked = 0;
        long coloured = 0;
        long samples = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                samples++;
                if (r + g + b < 400) {
                    inked++;
                }
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 50) {
                    coloured++;
                }
            }
        }
        assertThat(inked).as("dark pixels in " + png).isGreaterThan(samples / 200);
        assertThat(coloured).as("coloured pixels in " + png).isGreaterThan(samples / 500);
    }
}
