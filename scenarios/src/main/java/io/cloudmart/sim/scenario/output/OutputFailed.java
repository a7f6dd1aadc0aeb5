package io.cloudmart.sim.scenario.output;

import java.io.IOException;
import java.nio.file.Path;

import io.cloudmart.sim.scenario.load.IoMessages;

/**
 * A run's files could not be written (disk full, an I/O error); what was staged is deleted and the
 * previous results are unchanged. Reported with its own exit code, not as an internal error.
 */
public final class OutputFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailed(Path folder, IOException cause) {
        super("cannot write the results to " + folder + ": " + IoMessages.describe(cause)
                + "; nothing there was changed", cause);
    }
}
