package dev.edgeplan.cli;

/** Process exit codes every command uses. */
public final class ExitCodes {

    private ExitCodes() {
    }

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;
    public static final int INFEASIBLE = 3;
}
