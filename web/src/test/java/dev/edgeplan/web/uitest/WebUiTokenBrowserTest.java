package dev.edgeplan.web.uitest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI against a server that requires an access token: without it every API call is refused and the page says so;
 * opened once as {@code /#token=…} it keeps the token for the tab, drops it from the address bar, and everything works,
 * the report frame, the report in a new tab and downloads included (they cannot use a plain URL, which would carry no
 * Authorization header).
 */
class WebUiTokenBrowserTest extends BrowserSession {

    private static final String TOKEN = "ui-test-token-0123456789abcdef";

    private WebDriverWait wait;

    @Override
    Optional<String> serverToken() {
        return Optional.of(TOKEN);
    }

    @Override
    void started() {
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    void withoutTheTokenTheRefusalIsShownWithItTheAppWorks() throws Exception {
        driver.get(server.base().resolve("/#/").toString());
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(test("message-error")));
        assertThat(refused.getText()).contains("401", "token");

        driver.get(server.base().resolve("/#token=" + TOKEN).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("scenario-empty")));
        assertThat(driver.getCurrentUrl()).endsWith("#/").doesNotContain(TOKEN);
        assertThat(driver.executeScript("return sessionStorage.getItem('edgeplan.token')")).isEqualTo(TOKEN);
        assertThat(driver.findElements(test("message-error"))).isEmpty();

        // the token stays for the tab: a reload without it in the address still works
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(test("scenario-empty")));
        assertThat(driver.findElements(test("message-error"))).isEmpty();

        driver.get(server.base().resolve("/#/new").toString());
        WebElement yaml = wait.until(ExpectedConditions.visibilityOfElementLocated(test("editor-yaml")));
        String example = Files.readString(Path.of("..", "examples", "dallas-chat.yaml"), StandardCharsets.UTF_8);
        driver.executeScript("const t = arguments[0]; t.value = arguments[1];"
                + " t.dispatchEvent(new InputEvent('input', {bubbles: true}));", yaml, example);
        wait.until(d -> d.findElement(test("validation-status")).getText().startsWith("Valid"));
        driver.findElement(test("editor-run")).click();
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> d.findElement(test("run-status")).getText()
                .matches("succeeded|failed|cancelled|infeasible"));
        assertThat(driver.findElement(test("run-status")).getText()).isEqualTo("succeeded");

        // the report reaches the sandboxed frame through fetch with the header (srcdoc), not a bare URL
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(test("report-frame")));
        wait.until(d -> frame.getAttribute("srcdoc") != null && !frame.getAttribute("srcdoc").isEmpty());
        driver.switchTo().frame(frame);
        try {
            wait.until(d -> !d.findElements(By.cssSelector("#map svg")).isEmpty());
        } finally {
            driver.switchTo().defaultContent();
        }

        // "open in a new tab" cannot be a bare URL either: the tab shows the report fetched with the header
        String app = driver.getWindowHandle();
        driver.findElement(test("report-open")).click();
        wait.until(d -> d.getWindowHandles().size() == 2);
        String tab = driver.getWindowHandles().stream().filter(h -> !h.equals(app)).findFirst().orElseThrow();
        driver.switchTo().window(tab);
        try {
            wait.until(d -> d.getCurrentUrl().startsWith("blob:") && !d.findElements(By.cssSelector("#map svg")).isEmpty());
            assertThat(driver.getPageSource()).doesNotContain("\"status\":401");
        } finally {
            driver.close();
            driver.switchTo().window(app);
        }
        assertThat(driver.findElements(test("message-error"))).isEmpty();
    }

    private static By test(String name) {
        return By.cssSelector("[data-test='" + name + "']");
    }
}
