package dev.edgeplan.io.scenario;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One YAML mapping read against its {@link ObjectSpec}: on construction it reports unknown,
 * duplicate and missing keys; the getters type-check and range-check single fields.
 * An absent mapping (optional section not given) reads as all defaults.
 */
final class MappingReader implements RecordSource {

    private final Problems problems;
    private final String path;
    private final ObjectSpec spec;
    private final Position start;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private boolean given;

    private MappingReader(Problems problems, String path, ObjectSpec spec, Position start) {
        this.problems = problems;
        this.path = path;
        this.spec = spec;
        this.start = start;
    }

    /** Reads {@code node} as a mapping of {@code spec}; anything else is reported and reads as absent. */
    static MappingReader of(Node node, String path, ObjectSpec spec, Problems problems) {
        MappingReader reader = new MappingReader(problems, path, spec, problems.position(node));
        if (node instanceof MappingNode mapping) {
            reader.collect(mapping);
        } else {
            problems.add(node, path, "expected a mapping (" + spec.name() + "), got " + Values.describe(node));
        }
        return reader;
    }

    static MappingReader absent(String path, ObjectSpec spec, Problems problems, Position start) {
        return new MappingReader(problems, path, spec, start);
    }

    private void collect(MappingNode mapping) {
        given = true;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || !Tag.STR.equals(keyNode.getTag())) {
                problems.add(keyNode, path, "expected a key (" + String.join(", ", spec.keys()) + "), got "
                        + Values.describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            NodeTuple first = entries.get(key);
            if (first != null) {
                problems.add(keyNode, path(key), "duplicate key '" + key + "' (first at "
                        + problems.position(first.getKeyNode()).reference(problems.file()) + ")");
            } else if (spec.field(key).isEmpty()) {
                problems.add(keyNode, path, Suggest.unknownKey(key, spec.keys()));
            } else {
                entries.put(key, tuple);
            }
        }
        for (String key : spec.requiredKeys()) {
            if (!entries.containsKey(key)) {
                problems.add(start, path, "missing required key '" + key + "'");
            }
        }
    }

    @Override
    public ObjectSpec spec() {
        return spec;
    }

    /** This mapping's own path, e.g. {@code workloads[0]}. */
    String path() {
        return path;
    }

    @Override
    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    @Override
    public Position position(String key) {
        return value(key).map(problems::position).orElse(start);
    }

    Position keyPosition(String key) {
        return Optional.ofNullable(entries.get(key)).map(t -> problems.position(t.getKeyNode())).orElse(start);
    }

    /** True when the mapping was in the file (possibly empty), false for an absent or mistyped section. */
    boolean given() {
        return given;
    }

    Position start() {
        return start;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    @Override
    public Optional<String> optString(String key) {
        return read(key, Values::string);
    }

    @Override
    public Optional<Double> optNumber(String key) {
        return read(key, Values::number);
    }

    Optional<Long> optInteger(String key) {
        return read(key, Values::integer);
    }

    /** The value, else the declared default (0 when there is none: the problem is already reported). */
    long integer(String key) {
        return optInteger(key).orElseGet(() -> spec.get(key).defaultValue() instanceof Number n ? n.longValue() : 0L);
    }

    /** An enum spelling, else the declared default. */
    String enumValue(String key) {
        return optEnum(key).orElse(String.valueOf(spec.get(key).defaultValue()));
    }

    Optional<String> optEnum(String key) {
        return read(key, Values::enumValue);
    }

    List<String> strings(String key) {
        Field field = spec.get(key);
        List<String> result = new ArrayList<>();
        forEachItem(key, (item, itemPath) -> report(Values.string(item, field), item, itemPath).ifPresent(result::add));
        return result;
    }

    @Override
    public List<Entry> numberMap(String key) {
        Field field = spec.get(key);
        List<Entry> result = new ArrayList<>();
        value(key).ifPresent(node -> {
            MappingNode mapping = expectMapping(node, key);
            if (mapping == null) {
                return;
            }
            Map<String, Position> seen = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                String name = keyNode instanceof ScalarNode s ? s.getValue() : "";
                String entryPath = path(key) + "." + name;
                Position at = problems.position(keyNode);
                if (!Tag.STR.equals(keyNode.getTag()) || name.isBlank()) {
                    problems.add(at, path(key), "expected a workload id as key, got " + Values.describe(keyNode));
                } else if (seen.containsKey(name)) {
                    problems.add(at, entryPath, "duplicate key '" + name + "' (first at "
                            + seen.get(name).reference(problems.file()) + ")");
                } else {
                    seen.put(name, at);
                    Node valueNode = tuple.getValueNode();
                    report(Values.number(valueNode, field), valueNode, entryPath)
                            .ifPresent(v -> result.add(new Entry(name, v, at, entryPath)));
                }
            }
        });
        return result;
    }

    /** The nested mapping; absent (all defaults) when not given. */
    MappingReader child(String key) {
        ObjectSpec childSpec = spec.get(key).object();
        return value(key).map(node -> of(node, path(key), childSpec, problems))
                .orElseGet(() -> absent(path(key), childSpec, problems, start));
    }

    /** The items of a list of mappings, checking the list length against the declared range. */
    List<MappingReader> children(String key) {
        Field field = spec.get(key);
        List<MappingReader> result = new ArrayList<>();
        forEachItem(key, (item, itemPath) -> result.add(of(item, itemPath, field.object(), problems)));
        value(key).filter(SequenceNode.class::isInstance).ifPresent(node -> {
            int size = ((SequenceNode) node).getValue().size();
            if (!field.range().contains(size)) {
                problems.add(node, path(key), "expected a list with " + field.range().describe() + " items, got "
                        + size);
            }
        });
        return result;
    }

    private interface ItemVisitor {
        void visit(Node item, String itemPath);
    }

    private void forEachItem(String key, ItemVisitor visitor) {
        value(key).ifPresent(node -> {
            if (!(node instanceof SequenceNode sequence)) {
                problems.add(node, path(key), "expected a list, got " + Values.describe(node));
                return;
            }
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                visitor.visit(items.get(i), path(key) + "[" + i + "]");
            }
        });
    }

    private MappingNode expectMapping(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        problems.add(node, path(key), "expected a mapping, got " + Values.describe(node));
        return null;
    }

    private <T> Optional<T> read(String key, BiFunction<Node, Field, Outcome<T>> convert) {
        Field field = spec.get(key);
        return value(key).flatMap(node -> report(convert.apply(node, field), node, path(key)));
    }

    private <T> Optional<T> report(Outcome<T> outcome, Node node, String at) {
        if (outcome.value().isEmpty()) {
            problems.add(node, at, outcome.error());
        }
        return outcome.value();
    }
}
