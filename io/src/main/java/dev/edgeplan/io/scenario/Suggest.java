package dev.edgeplan.io.scenario;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for keys and catalog ids. */
public final class Suggest {

    private static final int MAX_DISTANCE = 3;

    private Suggest() {
    }

    /** The closest candidate within a few edits, ignoring case; ties go to the earlier candidate. */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(given.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // a short word is "close" to anything within 3 edits, so the limit shrinks with its length
        int limit = Math.min(MAX_DISTANCE, Math.max(2, given.length() / 2));
        if (bestDistance <= limit && bestDistance < given.length()) {
            return Optional.ofNullable(best);
        }
        // "h100" → "h100-sxm": an abbreviation is far in edits but obviously meant
        return given.length() < 2 ? Optional.empty() : candidates.stream()
                .filter(c -> c.toLowerCase().startsWith(given.toLowerCase())).findFirst();
    }

    /** "unknown model 'x' (did you mean 'y'?; known: a, b)". */
    public static String unknown(String what, String given, Collection<String> known) {
        String list = String.join(", ", known);
        return closest(given, known)
                .map(s -> "unknown " + what + " '" + given + "' (did you mean '" + s + "'?; known: " + list + ")")
                .orElse("unknown " + what + " '" + given + "' (known: " + list + ")");
    }

    /** "unknown key 'x' (did you mean 'y'?)" or, without a close match, the allowed keys. */
    static String unknownKey(String given, Collection<String> allowed) {
        return unknownKey(given, allowed, allowed);
    }

    /** As above, suggesting only from {@code likely} (e.g. the keys not given yet). */
    static String unknownKey(String given, Collection<String> likely, Collection<String> allowed) {
        return closest(given, likely)
                .map(s -> "unknown key '" + given + "' (did you mean '" + s + "'?)")
                .orElse("unknown key '" + given + "' (allowed: " + String.join(", ", allowed) + ")");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
