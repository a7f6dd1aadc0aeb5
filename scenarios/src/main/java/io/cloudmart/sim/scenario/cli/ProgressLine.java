package io.cloudmart.sim.scenario.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * The progress line on stderr: appears only once a run has taken more than a second, redraws in
 * place, and is cleared when the run ends. Silent with --quiet.
 */
final class ProgressLine implements DoubleConsumer {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final String label;
    private final long start = System.nanoTime();
    private boolean shown;

    ProgressLine(PrintWriter err, boolean quiet, String label) {
        this.err = err;
        this.quiet = quiet;
        this.label = label;
    }

    @Override
    public void accept(double fraction) {
        long elapsed = System.nanoTime() - start;
        if (quiet || elapsed < SHOW_AFTER_NANOS) {
            return;
        }
        shown = true;
        double seconds = elapsed / 1e9;
        String eta = fraction > 0.01 ? String.format(Locale.US, ", about %.0f s left", seconds / fraction - seconds) : "";
        err.printf(Locale.US, "\rsimulating %s: %3.0f%% (%.0f s%s)   ", label, fraction * 100, seconds, eta);
        err.flush();
    }

    /** Ends the line if one was drawn. */
    void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(70) + "\r");
            err.flush();
        }
    }
}
