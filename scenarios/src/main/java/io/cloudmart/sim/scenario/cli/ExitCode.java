package io.cloudmart.sim.scenario.cli;

/** The command line's exit codes (design.md, README): the one place they are defined. */
public enum ExitCode {
    /** Everything ran and was written. */
    OK(0),
    /** A bug: an internal failure (the message asks to report it; --debug shows the stack trace). */
    INTERNAL_FAILURE(1),
    /** Bad input: a scenario, an argument or an output folder that cannot be used; nothing ran. */
    BAD_INPUT(2),
    /**
     * The run stopped early because the shop was overloaded; the results up to the stop are
     * written, and the report says when and why.
     */
    STOPPED_EARLY(3),
    /** The results could not be written (disk full, I/O error); the previous results are unchanged. */
    OUTPUT_FAILED(4),
    /** {@code cmsim replay}: the run was made again and its results.json differs from the recorded one. */
    REPLAY_DIFFERS(5),
    /** Stopped by Ctrl-C (SIGINT, 128 + 2, as shells report it); nothing half-done was written. */
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
