package dev.edgeplan.io.orlib;

/** A malformed OR-Library file; the message starts with {@code FILE:LINE:} and says what was expected. */
public final class OrlibFormatException extends Exception {

    public OrlibFormatException(String message) {
        super(message);
    }
}
