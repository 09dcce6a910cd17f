package dev.edgeplan.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example scenarios, read from the repository (tests run in web/). */
final class Examples {

    private Examples() {
    }

    static String dallas() {
        return read("dallas-chat.yaml");
    }

    static String read(String name) {
        try {
            return Files.readString(Path.of("..", "examples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
