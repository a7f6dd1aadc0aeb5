package io.cloudmart.sim.scenario.cli;

/** The output folder given with --out cannot be used; reported with exit code 2 before anything runs. */
final class BadOutput extends RuntimeException {
    BadOutput(String message) {
        super(message);
    }
}
