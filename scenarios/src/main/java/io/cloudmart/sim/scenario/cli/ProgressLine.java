package io.cloudmart.sim.scenario.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;

/**
 * The progress line on stderr: appears only once a run has taken more than a second, redraws in
 * place, and is cleared when the run ends. Silent with --quiet.
 */
final class ProgressLine implements DoubleConsumer {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final String label;
    private final LongSupplier nanoTime;
    private final long start;
    private boolean shown;

    ProgressLine(PrintWriter err, boolean quiet, String label) {
        this(err, quiet, label, System::nanoTime);
    }

    /** @param nanoTime the wall clock, in nanoseconds (replaceable in tests) */
    ProgressLine(PrintWriter err, boolean quiet, String label, LongSupplier nanoTime) {
        this.err = err;
        this.quiet = quiet;
        this.label = label;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public void accept(double fraction) {
        long elapsed = nanoTime.getAsLong() - start;
        if (quiet || elapsed < SHOW_AFTER_NANOS) {
            return;
        }
        shown = true;
        double seconds = elapsed / 1e9;
        String eta = fraction > 0.01 ? String.format(Locale.US, ", about %.0f s left", seconds / fraction - seconds) : "";
        err.printf(Locale.US, "\rsimulating %s: %3.0f%% (%.0f s%s)   ", label, fraction * 100, seconds, eta);
        err.flush();
    }

    /** Prints {@code line} on a line of its own (clearing the progress line if one is drawn); also with --quiet. */
    void say(String line) {
        if (shown) {
            err.print("\r" + " ".repeat(70) + "\r");
        }
        err.println(line);
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
