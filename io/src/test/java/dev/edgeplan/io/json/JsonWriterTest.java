package dev.edgeplan.io.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonWriterTest {

    @Test
    void compactObjectWithEveryValueKind() {
        String json = new JsonWriter(false).beginObject()
                .field("name", "a \"quoted\"\nline\u0001")
                .field("it_kw", 1234.56789)
                .field("racks", 12)
                .field("ok", true)
                .name("none").nullValue()
                .name("list").beginArray().value(1).value(0.5).beginObject().endObject().endArray()
                .endObject().toString();
        assertThat(json).isEqualTo("{\"name\":\"a \\\"quoted\\\"\\nline\\u0001\",\"it_kw\":1234.5679,\"racks\":12,"
                + "\"ok\":true,\"none\":null,\"list\":[1,0.5,{}]}");
    }

    @Test
    void numbersAreRoundedWithoutExponentOrNegativeZero() {
        assertThat(JsonWriter.format(11_700_000.0)).isEqualTo("11700000");
        assertThat(JsonWriter.format(1e-9)).isEqualTo("0");
        assertThat(JsonWriter.format(-0.0)).isEqualTo("0");
        assertThat(JsonWriter.format(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(JsonWriter.format(2.5e-3)).isEqualTo("0.0025");
    }

    @Test
    void prettyOutputIsIndentedTwoSpaces() {
        String json = new JsonWriter(true).beginObject().field("a", 1).name("b").beginArray().value("x").endArray()
                .endObject().toString();
        assertThat(json).isEqualTo("{\n  \"a\": 1,\n  \"b\": [\n    \"x\"\n  ]\n}");
    }

    @Test
    void refusesNonFiniteNumbers() {
        assertThatThrownBy(() -> new JsonWriter(false).beginArray().value(Double.NaN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("non-finite");
        assertThatThrownBy(() -> new JsonWriter(false).beginArray().value(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalStateException.class);
    }
}
