package dev.edgeplan.io.scenario;

import java.util.List;
import java.util.Optional;

/** The keys allowed in one mapping of the scenario format, in documentation order. */
record ObjectSpec(String name, List<Field> fields) {

    ObjectSpec {
        fields = List.copyOf(fields);
    }

    static ObjectSpec of(String name, Field... fields) {
        return new ObjectSpec(name, List.of(fields));
    }

    Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The field, which must be declared (a programming error otherwise). */
    Field get(String key) {
        return field(key).orElseThrow(() -> new IllegalArgumentException(name + " declares no key " + key));
    }

    List<String> keys() {
        return fields.stream().map(Field::key).toList();
    }

    List<String> requiredKeys() {
        return fields.stream().filter(Field::required).map(Field::key).toList();
    }
}
