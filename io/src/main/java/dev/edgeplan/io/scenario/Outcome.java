package dev.edgeplan.io.scenario;

import java.util.Optional;
import java.util.function.Function;

/** A converted value or the reason it could not be converted. */
record Outcome<T>(Optional<T> value, String error) {

    static <T> Outcome<T> ok(T value) {
        return new Outcome<>(Optional.of(value), "");
    }

    static <T> Outcome<T> fail(String error) {
        return new Outcome<>(Optional.empty(), error);
    }

    <U> Outcome<U> then(Function<T, Outcome<U>> next) {
        return value.map(next).orElseGet(() -> fail(error));
    }
}
