package dev.edgeplan.io.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.edgeplan.io.scenario.ScenarioReaderTest.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Bad input: every problem names the exact place and says what was expected. */
class ScenarioProblemsTest {

    private final ScenarioReader reader = new ScenarioReader(TestCatalog.catalog());

    @TempDir
    Path dir;

    private List<Problem> problems(String text) {
        ScenarioResult result = reader.read(text, "s.yaml", dir);
        assertThat(result.scenario()).isEmpty();
        assertThat(result.ok()).isFalse();
        return result.problems();
    }

    /** Exactly one problem, at {@code line:column} and {@code path}, whose message contains {@code fragment}. */
    private void assertOnly(String text, int line, int column, String path, String fragment) {
        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith(p.line() == 0 ? "s.yaml: " : "s.yaml:" + line + ":" + column + ": ");
            assertThat(p.line()).as("line").isEqualTo(line);
            assertThat(p.column()).as("column").isEqualTo(column);
            assertThat(p.path()).as("path").isEqualTo(path);
            assertThat(p.message()).contains(fragment);
        });
    }

    @Test
    void emptyFile() {
        assertOnly("", 0, 0, "", "file is empty (expected a scenario mapping with name, workloads, demand, sites, hardware)");
    }

    @Test
    void whitespaceOnlyFile() {
        assertOnly("  \n\t\n   \n", 0, 0, "", "file is empty");
    }

    @Test
    void commentsOnlyFileIsEmpty() {
        assertOnly("# nothing here\n", 0, 0, "", "file is empty");
    }

    @Test
    void invalidUtf8IsReportedAtItsPosition() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.write(file, new byte[]{'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', 'a', ':', ' ', (byte) 0xC3, '('});

        assertThat(reader.read(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith(file + ":2:4: invalid UTF-8 byte 0xC3 at byte offset 11");
        });
    }

    @Test
    void binaryGarbageIsNotYaml() {
        assertOnly("\u0000\u0001\u0002garbage", 1, 1, "", "character U+0000 is not allowed in YAML");
    }

    @Test
    void byteOrderMarkInFileIsAccepted() throws IOException {
        Path file = dir.resolve("bom.yaml");
        byte[] body = MINIMAL.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);

        assertThat(reader.read(file).problems()).isEmpty();
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.yaml");

        assertThat(reader.read(file).problems()).singleElement()
                .satisfies(p -> assertThat(p.format()).isEqualTo(file + ": file not found"));
    }

    @Test
    void yamlSyntaxError() {
        assertOnly("name: [a, b\nworkloads: x\n", 2, 10, "", "YAML syntax error: expected ',' or ']'");
    }

    @Test
    void topLevelList() {
        assertOnly("- a\n- b\n", 1, 1, "", "expected a mapping (the scenario: name, workloads, demand, sites, hardware), "
                + "got a list");
    }

    @Test
    void wrongTypeForNumber() {
        assertOnly(MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: abc"), 6, 21, "workloads[0].latency_slo_ms",
                "expected a number > 0, got a string 'abc'");
    }

    @Test
    void quotedNumberIsAString() {
        assertOnly(MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: \"50\""), 6, 21,
                "workloads[0].latency_slo_ms", "expected a number > 0, got a string '50'");
    }

    @Test
    void numberWhereAStringBelongs() {
        assertOnly(MINIMAL.replace("name: t", "name: 2024"), 1, 7, "name",
                "expected a non-empty string, got a number 2024 (quote it: '2024')");
    }

    @Test
    void negativeNumber() {
        assertOnly(MINIMAL.replace("power_available_mw: 5", "power_available_mw: -5"), 11, 58,
                "sites.candidates[0].power_available_mw", "expected a number > 0, got -5");
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "+.INF", "NaN",
            "Infinity", "-Infinity", "\"NaN\"", "'inf'"})
    void nonFiniteNumbers(String spelling) {
        assertOnly(MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: " + spelling), 6, 21,
                "workloads[0].latency_slo_ms", "expected a finite number");
    }

    @Test
    void numberBeyondDoubleRange() {
        assertOnly(MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 1e400"), 6, 21,
                "workloads[0].latency_slo_ms", "number 1e400 is outside the range of a double");
    }

    @Test
    void hugeInteger() {
        assertOnly(MINIMAL + "seed: 123456789012345678901234567890\n", 14, 7, "seed",
                "integer 123456789012345678901234567890 is outside the allowed range");
    }

    @Test
    void integerOutOfRange() {
        assertOnly(MINIMAL + "horizon_years: 99999999999999999999\n", 14, 16, "horizon_years",
                "expected an integer between 1 and 50, got 99999999999999999999");
    }

    @Test
    void fractionWhereAnIntegerBelongs() {
        assertOnly(MINIMAL + "horizon_years: 2.5\n", 14, 16, "horizon_years", "expected an integer between 1 and 50, got 2.5");
    }

    @Test
    void wrongSchemaVersion() {
        assertOnly("schema_version: 2\n" + MINIMAL, 1, 17, "schema_version", "expected an integer equal to 1, got 2");
    }

    @Test
    void unknownAcceleratorWithSuggestion() {
        assertOnly(MINIMAL.replace("accelerator: h100-sxm", "accelerator: h100-sxn"), 13, 16, "hardware.accelerator",
                "unknown accelerator 'h100-sxn' (did you mean 'h100-sxm'?; known: h100-sxm, l40s)");
    }

    @Test
    void abbreviatedAcceleratorSuggestsTheFullId() {
        assertOnly(MINIMAL.replace("accelerator: h100-sxm", "accelerator: h100"), 13, 16, "hardware.accelerator",
                "did you mean 'h100-sxm'?");
    }

    @Test
    void unknownModel() {
        assertOnly(MINIMAL.replace("model: llama2-70b", "model: llama-70b"), 4, 12, "workloads[0].model",
                "unknown model 'llama-70b' (did you mean 'llama2-70b'?; known: llama2-70b, resnet50)");
    }

    @Test
    void unknownModelWithoutCloseMatch() {
        assertOnly(MINIMAL.replace("model: llama2-70b", "model: whisper"), 4, 12, "workloads[0].model",
                "unknown model 'whisper' (known: llama2-70b, resnet50)");
    }

    @Test
    void unknownKeyTypoWithSuggestion() {
        assertOnly(MINIMAL + "horizon_year: 10\n", 14, 1, "", "unknown key 'horizon_year' (did you mean 'horizon_years'?)");
    }

    @Test
    void unknownKeyListsAllowedKeys() {
        assertOnly(MINIMAL.replace("  accelerator: h100-sxm", "  accelerator: h100-sxm\n  colour: red"), 14, 3,
                "hardware", "unknown key 'colour' (allowed: accelerator, server, target_utilization_pct, "
                        + "software_efficiency_pct, refresh_trigger, refresh_min_gain_pct, start_year)");
    }

    @Test
    void latitudeOutOfRange() {
        assertOnly(MINIMAL.replace("lat: 32.9", "lat: 123.4"), 11, 20, "sites.candidates[0].lat",
                "expected a number between -90 and 90, got 123.4");
    }

    @Test
    void longitudeOutOfRange() {
        assertOnly(MINIMAL.replace("lon: -96.6", "lon: -196.6"), 11, 31, "sites.candidates[0].lon",
                "expected a number between -180 and 180, got -196.6");
    }

    @Test
    void budgetReplacesTheSiteCountSoBothAreAnError() {
        String text = MINIMAL.replace("hardware:\n", "  max_sites: 2\nsiting:\n  budget_usd: 1.0e8\nhardware:\n");
        assertOnly(text, 14, 15, "siting.budget_usd", "budget_usd applies to model max_coverage");
    }

    @Test
    void duplicateSiteIds() {
        String text = MINIMAL.replace("    - {id: a, lat: 32.9, lon: -96.6, power_available_mw: 5}",
                "    - {id: a, lat: 32.9, lon: -96.6, power_available_mw: 5}\n"
                        + "    - {id: a, lat: 33.0, lon: -96.7, power_available_mw: 2}");
        assertOnly(text, 12, 12, "sites.candidates[1].id", "duplicate site id 'a' (first at line 11)");
    }

    @Test
    void duplicateWorkloadIds() {
        String text = MINIMAL.replace("demand:", """
                  - id: chat
                    model: resnet50
                    requests_per_s: 1
                    latency_slo_ms: 20
                demand:""");
        assertOnly(text, 7, 9, "workloads[1].id", "duplicate workload id 'chat' (first at line 3)");
    }

    @Test
    void duplicateKeys() {
        assertOnly(MINIMAL + "name: again\n", 14, 1, "name", "duplicate key 'name' (first at line 1)");
    }

    @Test
    void missingRequiredKey() {
        assertOnly(MINIMAL.replace("    latency_slo_ms: 50\n", ""), 3, 5, "workloads[0]",
                "missing required key 'latency_slo_ms'");
    }

    @Test
    void wrongSectionType() {
        assertOnly(MINIMAL.replace("hardware:\n  accelerator: h100-sxm\n", "hardware: [h100-sxm]\n"), 12, 11,
                "hardware", "expected a mapping (hardware), got a list");
    }

    @Test
    void sectionThatShouldBeAList() {
        assertOnly(MINIMAL.replace("  cities: {countries: [US]}", "  cities: {countries: US}"), 8, 23,
                "demand.cities.countries", "expected a list, got a string 'US'");
    }

    @Test
    void countryCodeMustBeUppercaseAlpha2() {
        assertOnly(MINIMAL.replace("countries: [US]", "countries: [usa]"), 8, 24, "demand.cities.countries[0]",
                "expected a string matching ^[A-Z]{2}$, got 'usa'");
    }

    @Test
    void shareAbove100Percent() {
        assertOnly(MINIMAL.replace("  cities: {countries: [US]}", "  cities: {countries: [US]}\n  share_pct: {chat: 130}"),
                9, 21, "demand.share_pct.chat", "expected a number between 0 and 100, got 130");
    }

    @Test
    void shareForUnknownWorkload() {
        assertOnly(MINIMAL.replace("  cities: {countries: [US]}", "  cities: {countries: [US]}\n  share_pct: {chta: 30}"),
                9, 15, "demand.share_pct.chta", "'chta' is not a workload id (did you mean 'chat'?)");
    }

    @Test
    void workloadWithTwoRateSources() {
        String text = MINIMAL.replace("    requests_per_s: 10\n", "    requests_per_user_per_day: 5\n    requests_per_s: 10\n")
                .replace("  cities: {countries: [US]}", "  cities: {countries: [US]}\n  share_pct: {chat: 10}");
        assertOnly(text, 6, 5, "workloads[0].requests_per_s",
                "workload 'chat' has 2 rate sources (requests_per_user_per_day, requests_per_s); give exactly one");
    }

    @Test
    void workloadWithNoRateSource() {
        assertOnly(MINIMAL.replace("    requests_per_s: 10\n", ""), 3, 5, "workloads[0]",
                "workload 'chat' has no request rate");
    }

    @Test
    void perUserRateNeedsAShare() {
        assertOnly(MINIMAL.replace("requests_per_s: 10", "requests_per_user_per_day: 10"), 5, 5,
                "workloads[0].requests_per_user_per_day",
                "workload 'chat' uses requests_per_user_per_day but demand.share_pct has no 'chat'");
    }

    @Test
    void tokensOnANonLlmWorkload() {
        String text = MINIMAL.replace("model: llama2-70b", "model: resnet50\n    input_tokens_per_request: 100");
        assertOnly(text, 5, 5, "workloads[0].input_tokens_per_request",
                "input_tokens_per_request applies to llm workloads only (model 'resnet50' is vision)");
    }

    /** New workload fields: each bad value is reported at the value (line 7, after {@code latency_slo_ms}). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ttft_ms         | 0       | expected a number > 0, got 0",
            "ttft_ms         | fast    | expected a number > 0, got a string 'fast'",
            "tpot_ms         | -5      | expected a number > 0, got -5",
            "tpot_ms         | .inf    | expected a finite number",
            "slo_percentile  | 49.9    | expected a number between 50 and 99.99, got 49.9",
            "slo_percentile  | 100     | expected a number between 50 and 99.99, got 100",
            "arrival_cv2     | -0.1    | expected a number >= 0, got -0.1",
            "arrival_cv2     | [1]     | expected a number >= 0, got a list",
            "service_cv2     | ~       | expected a number >= 0, got null",
            "service_cv2     | -1      | expected a number >= 0, got -1",
            "serving         | batch   | expected one of online, offline, got a string 'batch'",
            "serving         | true    | expected one of online, offline, got a boolean true",
            "tensor_parallel | 0       | expected an integer between 1 and 72, got 0",
            "tensor_parallel | 73      | expected an integer between 1 and 72, got 73",
            "tensor_parallel | 2.5     | expected an integer between 1 and 72, got 2.5",
            "spare_replicas  | -1      | expected an integer between 0 and 16, got -1",
            "spare_replicas  | 17      | expected an integer between 0 and 16, got 17",
            "spare_replicas  | yes     | expected an integer between 0 and 16, got a string 'yes'"})
    void servingFieldOutOfRangeOrMistyped(String key, String value, String message) {
        String text = MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    " + key + ": " + value);
        assertOnly(text, 7, 4 + key.length() + 3, "workloads[0]." + key, message);
    }

    @Test
    void distributedNeedsFewerNeededThanInstalledBlocks() {
        String text = MINIMAL + "design:\n  redundancy: distributed\n  distributed_systems: 3\n  distributed_needed: 3\n";
        int line = (int) text.lines().count();
        assertOnly(text, line, 23, "design.distributed_needed", "expected an integer < distributed_systems (3), got 3");
    }

    @Test
    void distributedBlocksWithAnotherRedundancyAreAnError() {
        String text = MINIMAL + "design:\n  redundancy: 2N\n  distributed_systems: 4\n";
        int line = (int) text.lines().count();
        assertOnly(text, line, 24, "design.distributed_systems",
                "distributed_systems applies to redundancy: distributed only (redundancy is 2N)");
    }

    @Test
    void unknownHeatRejectionNamesTheChoices() {
        String text = MINIMAL + "design:\n  heat_rejection: seawater\n";
        int line = (int) text.lines().count();
        assertOnly(text, line, 19, "design.heat_rejection", "expected one of auto, dry_cooler, adiabatic_dry_cooler, "
                + "cooling_tower, got a string 'seawater'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttft_ms", "tpot_ms"})
    void latencyLimitOnANonLlmWorkload(String key) {
        String text = MINIMAL.replace("model: llama2-70b", "model: resnet50\n    " + key + ": 100");
        assertOnly(text, 5, 5, "workloads[0]." + key,
                key + " applies to llm workloads only (model 'resnet50' is vision)");
    }

    @Test
    void offlineServingWithTtft() {
        String text = MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    serving: offline\n    ttft_ms: 1000");
        assertOnly(text, 8, 5, "workloads[0].ttft_ms",
                "offline serving has no latency limits; remove ttft_ms/tpot_ms or use serving: online");
    }

    @Test
    void offlineServingWithBothLimitsReportsEach() {
        String text = MINIMAL.replace("latency_slo_ms: 50",
                "latency_slo_ms: 50\n    tpot_ms: 100\n    ttft_ms: 1000\n    serving: offline");

        assertThat(problems(text)).extracting(Problem::format).containsExactly(
                "s.yaml:7:5: workloads[0].tpot_ms: " + WorkloadBinder.OFFLINE_WITH_LIMITS,
                "s.yaml:8:5: workloads[0].ttft_ms: " + WorkloadBinder.OFFLINE_WITH_LIMITS);
    }

    @Test
    void unknownWorkloadKeyListsTheNewKeys() {
        assertOnly(MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    ttft: 100"), 7, 5, "workloads[0]",
                "unknown key 'ttft' (did you mean 'ttft_ms'?)");
    }

    @Test
    void kindMustMatchTheModel() {
        assertOnly(MINIMAL.replace("model: llama2-70b", "model: llama2-70b\n    kind: vision"), 5, 11,
                "workloads[0].kind", "kind 'vision' does not match model 'llama2-70b', which is llm");
    }

    @Test
    void serviceTimeMustBeBelowTheSlo() {
        assertOnly(MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    service_time_ms: 50"), 7, 22,
                "workloads[0].service_time_ms", "expected a number < latency_slo_ms (50), got 50");
    }

    @Test
    void serverMustCarryTheAccelerator() {
        assertOnly(MINIMAL + "  server: l40s-8gpu\n", 14, 11, "hardware.server",
                "server 'l40s-8gpu' carries 'l40s', not 'h100-sxm'");
    }

    @Test
    void containmentLimitMustExceedAirLimit() {
        assertOnly(MINIMAL + "design: {air_max_kw_per_rack: 20, containment_max_kw_per_rack: 15}\n", 14, 64,
                "design.containment_max_kw_per_rack", "expected a number > air_max_kw_per_rack (20), got 15");
    }

    @Test
    void demandNeedsASource() {
        assertOnly(MINIMAL.replace("  cities: {countries: [US]}", "  share_pct: {}"), 8, 3, "demand",
                "demand needs at least one of 'cities', 'points' or 'csv'");
    }

    @Test
    void aliasBombIsRejectedFast() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertOnly(bomb, 7, 23, "", "too many aliases (more than 50"));
    }

    @Test
    void deepNestingIsRejected() {
        String deep = "name: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertOnly(deep, 1, 70, "", "nesting is deeper than 64 levels"));
    }

    @Test
    void multipleDocumentsAreRejected() {
        assertOnly(MINIMAL + "---\nname: other\n", 14, 1, "", "expected a single document");
    }

    @Test
    void allProblemsAreReportedAtOnceAndSorted() {
        String text = MINIMAL.replace("accelerator: h100-sxm", "accelerator: nope")
                .replace("lat: 32.9", "lat: 99")
                .replace("name: t", "name: t\nhorizon_year: 3")
                .replace("latency_slo_ms: 50", "latency_slo_ms: -1");

        List<Problem> problems = problems(text);

        assertThat(problems).extracting(Problem::format).containsExactly(
                "s.yaml:2:1: : unknown key 'horizon_year' (did you mean 'horizon_years'?)".replace(": : ", ": "),
                "s.yaml:7:21: workloads[0].latency_slo_ms: expected a number > 0, got -1",
                "s.yaml:12:20: sites.candidates[0].lat: expected a number between -90 and 90, got 99",
                "s.yaml:14:16: hardware.accelerator: unknown accelerator 'nope' (known: h100-sxm, l40s)");
    }

    @Test
    void tooBigInputIsRejected() {
        String big = "name: \"" + "x".repeat(YamlLoader.MAX_CODE_POINTS) + "\"\n";
        assertOnly(big, 0, 0, "", "file is too big");
    }

    @Test
    void formatWithoutPosition() {
        assertThat(new Problem("a.yaml", 0, 0, "hardware", "m").format()).isEqualTo("a.yaml: hardware: m");
        assertThat(new Problem("a.yaml", 3, 7, "hardware", "m").format()).isEqualTo("a.yaml:3:7: hardware: m");
        assertThat(new Problem("a.yaml", 3, 7, "", "m").format()).isEqualTo("a.yaml:3:7: m");
    }

    @Test
    void badInputNeverThrows() {
        for (String text : List.of("{", "]", "&a [*a]", "? [a]\n: b", "!!binary AAAA", "name: !custom x", "- - - -",
                "{a: 1, a: 2}", "\"\\uD800\"", "1", "~", "null", "workloads: [1, [2], {x: 3}]", "demand: {points: [1]}")) {
            assertThatCode(() -> reader.read(text, "s.yaml", dir)).as(text).doesNotThrowAnyException();
            assertThat(reader.read(text, "s.yaml", dir).problems()).as(text).isNotEmpty();
        }
    }

    @Test
    void unknownAccessTypeInNetworkOverridesIsNamedWithASuggestion() {
        assertOnly(MINIMAL + "network:\n  access_rtt_ms: {fibre: 5}\n", 15, 19, "network.access_rtt_ms.fibre",
                "'fibre' is not an access type");
        assertThat(problems(MINIMAL + "network:\n  access_rtt_ms: {fibre: 5}\n").get(0).message())
                .contains("did you mean 'fiber'");
    }

    @Test
    void badNetworkValuesAreReportedAtTheirPosition() {
        assertOnly(MINIMAL + "network: {slo_check: p95}\n", 14, 22, "network.slo_check", "median");
        assertOnly(MINIMAL + "network: {access_rtt_ms_p90: {lte: -1}}\n", 14, 36, "network.access_rtt_ms_p90.lte",
                ">= 0");
        assertOnly(MINIMAL.replace("power_available_mw: 5}", "power_available_mw: 5, processing_ms: -2}"), 11, 76,
                "sites.candidates[0].processing_ms", ">= 0");
    }

    @Test
    void candidatesFromCitiesNeedAPopulationFloorAndValidValues() {
        String sites = "sites:\n  candidates:\n    - {id: a, lat: 32.9, lon: -96.6, power_available_mw: 5}\n";
        assertOnly(MINIMAL.replace(sites, "sites:\n  from_cities: {countries: [US]}\n"), 10, 16,
                "sites.from_cities", "min_population");
        assertOnly(MINIMAL.replace(sites, "sites:\n  from_cities: {min_population: 1000, grid_km: 0}\n"), 10, 48,
                "sites.from_cities.grid_km", "> 0");
        assertThat(reader.read(MINIMAL.replace(sites, "sites:\n  from_cities: {min_population: 500000}\n"), "s.yaml", dir)
                .problems()).as("from_cities alone is enough").isEmpty();
        assertOnly(MINIMAL.replace("cities: {countries: [US]}", "cities: {countries: [US], within: {lat: 32, lon: 200, "
                + "radius_km: 50}}"), 8, 52, "demand.cities.within.lon", "between -180 and 180");
    }
}
