package dev.edgeplan.web.api;

import dev.edgeplan.io.scenario.Problem;

import java.util.List;

/** A request the API refuses: the HTTP status, a message for people and, for a bad scenario, its problems. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient List<Problem> problems;

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public ApiException(int status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
