package io.cloudmart.sim.scenario.output;

/**
 * The output folder cannot be used (it is a file, on a read-only file system, a dangling link, a
 * name too long …): reported as bad input, exit code 2, before anything runs.
 */
public final class BadOutput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadOutput(String message) {
        super(message);
    }
}
