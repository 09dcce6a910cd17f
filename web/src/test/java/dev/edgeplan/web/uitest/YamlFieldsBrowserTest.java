package dev.edgeplan.web.uitest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor form's line edits ({@code yaml-fields.js}) in the browser that runs them: one key's line changes, its
 * comment and every other line stay; missing keys and sections are added where a person would put them; "(default)"
 * removes a key; flow style is left to the text; JSON is rewritten as JSON.
 */
class YamlFieldsBrowserTest extends BrowserSession {

    @Override
    void started() {
        driver.get(server.base().resolve("/#/new").toString());
    }

    @Test
    void editsOneLineAndKeepsCommentsAndEverythingElse() {
        assertThat(write("# head\ndesign:\n  redundancy: N+1 # why N+1\n  cooling: auto\n", "design.redundancy", "2N",
                "enum")).isEqualTo("# head\ndesign:\n  redundancy: 2N # why N+1\n  cooling: auto\n");
        assertThat(read("design:\n  redundancy: N+1 # why\n", "design.redundancy")).isEqualTo("N+1");
        assertThat(read("name: 'it''s' # c\n", "name")).isEqualTo("it's");
        assertThat(read("name: \"a # b\" # c\n", "name")).isEqualTo("a # b");
        assertThat(read("design:\n  cooling: air\n", "design.redundancy")).isNull();
        // a key of the same name deeper down is not the one asked for
        assertThat(read("sites:\n  candidates:\n    - max_sites: 3\n", "sites.max_sites")).isNull();
        assertThat(write("a: 1\r\nb: 2\r\n", "b", "3", "integer")).isEqualTo("a: 1\r\nb: 3\r\n");
    }

    @Test
    void addsMissingKeysUnderTheirSectionAndRemovesDefaults() {
        assertThat(write("design:\n    max_kw_per_rack: 40\n", "design.cooling", "air", "enum"))
                .isEqualTo("design:\n    cooling: air\n    max_kw_per_rack: 40\n");
        assertThat(write("name: a\nfinance:\n  discount_rate_pct: 7\n", "design.cooling", "air", "enum"))
                .isEqualTo("name: a\nfinance:\n  discount_rate_pct: 7\n\ndesign:\n  cooling: air\n");
        assertThat(write("# c\nschema_version: 1\nseed: 1\n", "horizon_years", "9", "integer"))
                .isEqualTo("# c\nschema_version: 1\nhorizon_years: 9\nseed: 1\n");
        assertThat(write("design:\n  cooling: air\n  redundancy: 2N\n", "design.cooling", "", "enum"))
                .isEqualTo("design:\n  redundancy: 2N\n");
        // the last key of a section takes the section with it: an empty section would read as null
        assertThat(write("design:\n  cooling: air\nname: x\n", "design.cooling", "", "enum")).isEqualTo("name: x\n");
    }

    @Test
    void quotesOnlyWhatYamlWouldMisread() {
        assertThat(write("name: a\n", "name", "Dallas chat 2N", "string")).isEqualTo("name: Dallas chat 2N\n");
        assertThat(write("name: a\n", "name", "yes", "string")).isEqualTo("name: \"yes\"\n");
        assertThat(write("name: a\n", "name", "12", "string")).isEqualTo("name: \"12\"\n");
        assertThat(write("name: a\n", "name", "a: b # c", "string")).isEqualTo("name: \"a: b # c\"\n");
        assertThat(write("design:\n  redundancy: N\n", "design.redundancy", "2(N+1)", "enum"))
                .isEqualTo("design:\n  redundancy: 2(N+1)\n");
    }

    @Test
    void jsonIsRewrittenAsJson() {
        String json = write("{\"name\": \"a\", \"finance\": {\"revenue_model\": \"gpu_hours\"}}",
                "finance.discount_rate_pct", "7.5", "number");
        assertThat(json).isEqualTo("{\n  \"name\": \"a\",\n  \"finance\": {\n    \"revenue_model\": \"gpu_hours\",\n"
                + "    \"discount_rate_pct\": 7.5\n  }\n}\n");
        assertThat(read(json, "finance.revenue_model")).isEqualTo("gpu_hours");
    }

    @Test
    void flowStyleIsLeftToTheTextAndTheFormSaysSo() {
        Map<?, ?> result = call("try { m.readField(a[0], 'design.cooling'); return {thrown: null}; }"
                + " catch (e) { return {thrown: e.constructor.name, message: e.message}; }", "design: {cooling: air}\n");
        assertThat(result.get("thrown")).isEqualTo("Unsupported");
        assertThat((String) result.get("message")).contains("'design' is written on one line");

        WebElement yaml = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=editor-yaml]")));
        driver.executeScript("const t = arguments[0]; t.value = arguments[1];"
                + " t.dispatchEvent(new InputEvent('input', {bubbles: true}));", yaml,
                "name: x\ndesign: {cooling: air}\n");
        WebElement cooling = driver.findElement(By.cssSelector("[data-test=field-cooling]"));
        assertThat(cooling.isEnabled()).isFalse();
        assertThat(driver.findElement(By.cssSelector("[data-test=field-name]")).isEnabled()).isTrue();
        assertThat(driver.findElement(By.cssSelector("[data-test=form-note]")).getText())
                .contains("Not editable here", "'design' is written on one line");
    }

    private String write(String text, String path, String value, String kind) {
        return (String) call("return {out: m.writeField(a[0], a[1], a[2], a[3])};",
                text, path, value, kind).get("out");
    }

    private String read(String text, String path) {
        return (String) call("return {out: m.readField(a[0], a[1])};", text, path).get("out");
    }

    // Runs body with the page's own module as m (the file the server serves, not a copy) and args as a.
    private Map<?, ?> call(String body, Object... args) {
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " const all = Array.prototype.slice.call(arguments, 0, -1);"
                + " import('/yaml-fields.js').then(m => done(new Function('m', 'a', all[0])(m, all.slice(1))))"
                + " .catch(e => done({error: String(e)}));", prepend(body, args));
        assertThat(result).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) result).get("error")).isNull();
        return (Map<?, ?>) result;
    }

    private static Object[] prepend(String first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
