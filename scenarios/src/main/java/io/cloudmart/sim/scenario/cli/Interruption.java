package io.cloudmart.sim.scenario.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** What cmsim says when Ctrl-C stops it before its results were written. */
final class Interruption {
    private Interruption() {
    }

    /** Called from the JVM's shutdown hook, after the staged files were deleted. */
    static void say(PrintWriter err, Path folder) {
        err.println();
        err.println("cmsim: interrupted; nothing was written to " + folder
                + (java.nio.file.Files.exists(folder) ? " (it still holds the previous results)" : ""));
        err.flush();
    }
}
