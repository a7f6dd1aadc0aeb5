package io.cloudmart.sim.scenario.cli;

/** The command line's exit codes (design.md): the one place they are defined. */
public enum ExitCode {
    OK(0),
    INTERNAL_FAILURE(1),
    BAD_INPUT(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
