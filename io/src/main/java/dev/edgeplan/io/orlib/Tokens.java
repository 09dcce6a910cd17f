package dev.edgeplan.io.orlib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whitespace-separated tokens of a text file, each with its 1-based line, read in turn. */
final class Tokens {

    private final String file;
    private final List<String> lines;
    private int line;
    private String[] current = new String[0];
    private int next;

    Tokens(Path path) throws OrlibFormatException {
        this.file = path.toString();
        try {
            this.lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new OrlibFormatException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** True when a token remains. */
    boolean hasNext() {
        while (next >= current.length) {
            if (line >= lines.size()) {
                return false;
            }
            String text = lines.get(line++).trim();
            current = text.isEmpty() ? new String[0] : text.split("\\s+");
            next = 0;
        }
        return true;
    }

    String next(String expected) throws OrlibFormatException {
        if (!hasNext()) {
            throw error("expected " + expected + ", found end of file");
        }
        return current[next++];
    }

    /** The token just read was {@code word}: returns true without parsing it as a number. */
    boolean peekIs(String word) {
        return hasNext() && current[next].equals(word);
    }

    double nextNumber(String expected) throws OrlibFormatException {
        String t = next(expected);
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || v < 0) {
                throw error("expected " + expected + " (a finite number ≥ 0), found '" + t + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("expected " + expected + " (a number), found '" + t + "'");
        }
    }

    int nextInt(String expected, int min, int max) throws OrlibFormatException {
        String t = next(expected);
        try {
            int v = Integer.parseInt(t);
            if (v < min || v > max) {
                throw error("expected " + expected + " in " + min + ".." + max + ", found " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("expected " + expected + " (a whole number), found '" + t + "'");
        }
    }

    void expectEnd() throws OrlibFormatException {
        if (hasNext()) {
            throw error("expected end of file, found '" + current[next] + "'");
        }
    }

    OrlibFormatException error(String message) {
        return new OrlibFormatException(file + ":" + Math.max(line, 1) + ": " + message);
    }
}
