package dev.edgeplan.io.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.edgeplan.io.scenario.ScenarioReaderTest.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schema says what the reader's field table says, and both accept and reject the same documents. */
class SchemaTest {

    private static JsonNode schemaJson;
    private static Schema schema;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/scenario-v1.schema.json")) {
            schemaJson = JsonMapper.shared().readTree(in);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaJson);
    }

    private static List<Error> validate(String yaml) {
        return schema.validate(YamlJson.parse(yaml));
    }

    @Test
    void fixturesAndExamplesAreValid() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ScenarioReaderTest.resource("full.yaml"),
                ScenarioReaderTest.resource("full.json")));
        Path examples = Path.of("..", "examples");
        if (Files.isDirectory(examples)) {
            try (Stream<Path> list = Files.list(examples)) {
                list.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            assertThat(validate(Files.readString(file))).as(file.toString()).isEmpty();
        }
        assertThat(validate(MINIMAL)).isEmpty();
    }

    @Test
    void schemaDeclaresExactlyTheReadersFields() {
        Set<String> visitedDefs = new HashSet<>();
        compareObject(ScenarioFields.SCENARIO, schemaJson, visitedDefs);
        assertThat(visitedDefs).as("every $def is used").containsExactlyInAnyOrderElementsOf(
                schemaJson.get("$defs").propertyNames());
        assertThat(visitedDefs).hasSize(ScenarioFields.ALL.size() - 1);
    }

    private void compareObject(ObjectSpec spec, JsonNode node, Set<String> visitedDefs) {
        assertThat(node.get("type").asString()).as(spec.name()).isEqualTo("object");
        assertThat(node.get("additionalProperties").asBoolean(true)).as(spec.name() + " additionalProperties")
                .isFalse();
        assertThat(node.get("properties").propertyNames()).as(spec.name() + " keys")
                .containsExactlyElementsOf(spec.keys());
        assertThat(strings(node.path("required"))).as(spec.name() + " required")
                .containsExactlyElementsOf(spec.requiredKeys());
        for (Field field : spec.fields()) {
            compareField(field, node.get("properties").get(field.key()), spec.name() + "." + field.key(), visitedDefs);
        }
    }

    private void compareField(Field field, JsonNode node, String what, Set<String> visitedDefs) {
        switch (field.type()) {
            case STRING -> compareString(field, node, what);
            case INTEGER, NUMBER -> {
                assertThat(node.get("type").asString()).as(what).isEqualTo(
                        field.type() == Field.Type.INTEGER ? "integer" : "number");
                compareRange(field.range(), node, what);
            }
            case ENUM -> assertThat(strings(node.get("enum"))).as(what).containsExactlyElementsOf(field.allowed());
            case STRING_LIST -> {
                assertThat(node.get("type").asString()).as(what).isEqualTo("array");
                compareString(field, node.get("items"), what + "[]");
            }
            case NUMBER_MAP -> {
                assertThat(node.get("type").asString()).as(what).isEqualTo("object");
                assertThat(node.get("additionalProperties").get("type").asString()).as(what).isEqualTo("number");
                compareRange(field.range(), node.get("additionalProperties"), what);
            }
            case OBJECT -> compareObject(field.object(), resolve(node, visitedDefs), visitedDefs);
            case OBJECT_LIST -> {
                assertThat(node.get("type").asString()).as(what).isEqualTo("array");
                assertThat(node.has("minItems") ? node.get("minItems").asDouble() : null).as(what + " minItems")
                        .isEqualTo(field.range().min());
                compareObject(field.object(), resolve(node.get("items"), visitedDefs), visitedDefs);
            }
        }
        if (field.defaultValue() instanceof Number n) {
            assertThat(node.get("default").asDouble()).as(what + " default").isEqualTo(n.doubleValue());
        } else if (field.defaultValue() instanceof String s) {
            assertThat(node.get("default").asString()).as(what + " default").isEqualTo(s);
        }
    }

    private static void compareString(Field field, JsonNode node, String what) {
        assertThat(node.get("type").asString()).as(what).isEqualTo("string");
        assertThat(node.get("minLength").asInt()).as(what + " minLength").isEqualTo(1);
        assertThat(node.get("pattern").asString()).as(what + " pattern")
                .isEqualTo(field.pattern() == null ? "\\S" : field.pattern());
    }

    private static void compareRange(Range range, JsonNode node, String what) {
        assertThat(bound(node, range.minExclusive() ? "exclusiveMinimum" : "minimum")).as(what + " min")
                .isEqualTo(range.min());
        assertThat(bound(node, range.minExclusive() ? "minimum" : "exclusiveMinimum")).as(what).isNull();
        assertThat(bound(node, range.maxExclusive() ? "exclusiveMaximum" : "maximum")).as(what + " max")
                .isEqualTo(range.max());
        assertThat(bound(node, range.maxExclusive() ? "maximum" : "exclusiveMaximum")).as(what).isNull();
    }

    private static Double bound(JsonNode node, String keyword) {
        return node.has(keyword) ? node.get(keyword).asDouble() : null;
    }

    private static JsonNode resolve(JsonNode node, Set<String> visitedDefs) {
        String ref = node.get("$ref").asString();
        assertThat(ref).startsWith("#/$defs/");
        String name = ref.substring("#/$defs/".length());
        visitedDefs.add(name);
        return schemaJson.get("$defs").get(name);
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.values().forEach(v -> result.add(v.asString()));
        return result;
    }

    static Stream<String> invalidDocuments() {
        return Stream.of(
                MINIMAL + "horizon_year: 10\n",
                MINIMAL.replace("name: t\n", ""),
                MINIMAL.replace("name: t", "name: \"\""),
                MINIMAL.replace("lat: 32.9", "lat: 123.4"),
                MINIMAL.replace("power_available_mw: 5", "power_available_mw: -5"),
                MINIMAL + "horizon_years: 60\n",
                MINIMAL + "horizon_years: 2.5\n",
                MINIMAL + "design: {redundancy: 3N}\n",
                MINIMAL + "design: {max_kw_per_rack: 300}\n",
                MINIMAL + "network: {route_factor: 0.5}\n",
                MINIMAL + "schema_version: 2\n",
                MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: \"50\""),
                MINIMAL.replace("requests_per_s: 10", "requests_per_s: 10\n    requests_per_user_per_day: 3"),
                MINIMAL.replace("  cities: {countries: [US]}", "  cities: {countries: [US]}\n  share_pct: {chat: 130}"),
                MINIMAL.replace("  cities: {countries: [US]}", "  share_pct: {chat: 30}"),
                MINIMAL.replace("countries: [US]", "countries: [usa]"),
                MINIMAL.replace("id: chat", "id: Chat"),
                MINIMAL.replace("hardware:\n  accelerator: h100-sxm\n", "hardware: [h100-sxm]\n"),
                MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    serving: offline\n    tpot_ms: 100"),
                MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    serving: batch"),
                MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    slo_percentile: 100"),
                MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    ttft_ms: 0"),
                MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    arrival_cv2: -1"),
                MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    tensor_parallel: 73"),
                MINIMAL.replace("latency_slo_ms: 50", "latency_slo_ms: 50\n    spare_replicas: 1.5"),
                "name: t\nworkloads: []\ndemand: {cities: {}}\nsites: {csv: s.csv}\nhardware: {accelerator: h100-sxm}\n");
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void invalidDocumentsAreRejectedByBothSchemaAndReader(String yaml) {
        ScenarioReader reader = new ScenarioReader(TestCatalog.catalog());

        assertThat(validate(yaml)).as("schema errors").isNotEmpty();
        assertThat(reader.read(yaml, "s.yaml", null).problems()).as("reader problems").isNotEmpty();
    }

    @Test
    void docsMentionEveryKeyAndTheirExampleIsValid() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "scenario.md"));
        for (ObjectSpec spec : ScenarioFields.ALL) {
            for (String key : spec.keys()) {
                assertThat(docs).as(spec.name() + "." + key).contains("`" + key + "`");
            }
        }
        int start = docs.indexOf("```yaml\n") + "```yaml\n".length();
        String example = docs.substring(start, docs.indexOf("```", start));
        assertThat(validate(example)).isEmpty();
    }
}
