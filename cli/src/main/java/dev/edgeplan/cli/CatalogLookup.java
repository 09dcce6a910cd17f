package dev.edgeplan.cli;

import dev.edgeplan.io.scenario.Suggest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Resolves an id typed on the command line, forgiving punctuation ("llama-2-70b" finds "llama2-70b"). */
final class CatalogLookup {

    private CatalogLookup() {
    }

    /** Thrown with a "did you mean" message; commands turn it into exit code 2. */
    static final class UnknownIdException extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownIdException(String message) {
            super(message);
        }
    }

    static <T> T find(String what, String given, List<T> entries, Function<T, String> id) throws UnknownIdException {
        for (T entry : entries) {
            if (id.apply(entry).equals(given)) {
                return entry;
            }
        }
        String key = normalize(given);
        Optional<T> loose = entries.stream().filter(e -> normalize(id.apply(e)).equals(key)).findFirst();
        if (loose.isPresent()) {
            return loose.get();
        }
        throw new UnknownIdException(Suggest.unknown(what, given, entries.stream().map(id).toList()));
    }

    private static String normalize(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
