package dev.edgeplan.io.scenario;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.Optional;

/**
 * Text → YAML node tree (with marks), bounded against hostile input: size, nesting depth and
 * alias count are checked on the event stream before anything is composed.
 */
final class YamlLoader {

    static final int MAX_CODE_POINTS = 10 * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 50;
    static final String EMPTY_MESSAGE =
            "file is empty (expected a scenario mapping with name, workloads, demand, sites, hardware)";

    private YamlLoader() {
    }

    static Optional<Node> load(String input, Problems problems) {
        String file = problems.file();
        String text = tabsInJsonToSpaces(input);
        if (text.isBlank()) {
            problems.add(Position.none(file), "", EMPTY_MESSAGE);
            return Optional.empty();
        }
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            problems.add(Position.none(file), "", "file is too big (more than " + MAX_CODE_POINTS
                    + " characters, the limit)");
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(new CoreSchema()) // YAML 1.2 core: 'no'/'yes' stay strings, .nan/.inf are floats
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS + 1)
                .setUseMarks(true)
                .build();
        try {
            if (!withinLimits(text, settings, problems)) {
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.add(Position.none(file), "", EMPTY_MESSAGE);
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            Position at = Position.of(file, e.getProblemMark().or(e::getContextMark));
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.add(at, "", "YAML syntax error: " + e.getProblem() + context);
        } catch (ReaderException e) {
            problems.add(positionOf(file, text, e.getPosition()), "",
                    String.format("character U+%04X is not allowed in YAML (is this a binary file?)", e.getCodePoint()));
        } catch (YamlEngineException e) {
            problems.add(Position.none(file), "", "cannot read YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Walks the events without building nodes: the composer recurses per nesting level (a deep
     * document would overflow the stack) and expands nothing, so this is the cheap place to stop
     * alias bombs and deep nesting, with the position of the offending event.
     */
    private static boolean withinLimits(String text, LoadSettings settings, Problems problems) {
        int depth = 0;
        int aliases = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        problems.add(Position.of(problems.file(), event.getStartMark()), "",
                                "nesting is deeper than " + MAX_DEPTH + " levels (the limit)");
                        return false;
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    if (++aliases > MAX_ALIASES) {
                        problems.add(Position.of(problems.file(), event.getStartMark()), "",
                                "too many aliases (more than " + MAX_ALIASES + ", the limit against alias bombs)");
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    /**
     * snakeyaml rejects a tab before a token at the start of a line even in flow context, which breaks
     * tab-indented JSON ({@code jq --tab}). JSON allows tabs only as whitespace between tokens (inside
     * strings they must be escaped), so for JSON-looking input a space is equivalent and keeps every column.
     */
    static String tabsInJsonToSpaces(String text) {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? text.replace('\t', ' ') : text;
    }

    /** Line and column of a code-point index (the reader reports only the index). */
    private static Position positionOf(String file, String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int cp = 0; cp < codePointIndex && i < text.length(); cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(file, line, column);
    }
}
