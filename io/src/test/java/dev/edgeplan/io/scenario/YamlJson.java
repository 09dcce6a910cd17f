package dev.edgeplan.io.scenario;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;

/** YAML text → Jackson tree with the reader's own scalar typing (YAML 1.2 core), for schema validation. */
final class YamlJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private YamlJson() {
    }

    static JsonNode parse(String yaml) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
        return convert(new Compose(settings).composeString(yaml).orElseThrow());
    }

    private static JsonNode convert(Node node) {
        if (node instanceof MappingNode mapping) {
            ObjectNode object = F.objectNode();
            for (NodeTuple t : mapping.getValue()) {
                object.set(((ScalarNode) t.getKeyNode()).getValue(), convert(t.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = F.arrayNode();
            sequence.getValue().forEach(item -> array.add(convert(item)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        if (Tag.INT.equals(tag)) {
            return F.numberNode(new BigInteger(text));
        }
        if (Tag.FLOAT.equals(tag)) {
            return F.numberNode(new BigDecimal(text));
        }
        if (Tag.BOOL.equals(tag)) {
            return F.booleanNode(Boolean.parseBoolean(text.toLowerCase()));
        }
        if (Tag.NULL.equals(tag)) {
            return F.nullNode();
        }
        return F.stringNode(text);
    }
}
