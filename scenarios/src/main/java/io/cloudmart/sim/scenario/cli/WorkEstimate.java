package io.cloudmart.sim.scenario.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;

import io.cloudmart.sim.scenario.output.EarlyStops;
import io.cloudmart.sim.scenario.spec.LoadSpec;
import io.cloudmart.sim.scenario.spec.RateShapeSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * How much work a large run is, said as it starts: the requests it will simulate (from the load's
 * rate over the run), and, once the run has gone a few seconds, the wall time it will take at the
 * pace it keeps. So a learner who typed {@code duration=100000h} learns within seconds that it
 * would take hours, and that Ctrl-C stops it without writing anything.
 *
 * <p>The pace is measured on the run itself, between {@link #CALIBRATE_FROM_NANOS} and
 * {@link #CALIBRATE_UNTIL_NANOS} after its start: the first second or so runs while the JIT
 * compiles the hot paths, and a separate short calibration run measured mostly that (it
 * overestimated a 12 s run as 3 min).
 */
final class WorkEstimate implements DoubleConsumer {
    /** Runs with fewer requests than this end within seconds: nothing is said. */
    static final double ANNOUNCE_REQUESTS = 5_000_000;
    static final long CALIBRATE_FROM_NANOS = 1_500_000_000L;
    static final long CALIBRATE_UNTIL_NANOS = 3_500_000_000L;
    /** Steps of the midpoint rule that integrates the rate over the run. */
    private static final int STEPS = 20_000;

    private final Consumer<String> say;
    private final LongSupplier nanoTime;
    private final long start;
    private double fractionAtFrom = Double.NaN;
    private long nanosAtFrom;
    private boolean said;

    /**
     * @param say      prints one line for the user (the progress line's {@link ProgressLine#say})
     * @param nanoTime the wall clock, in nanoseconds (replaceable in tests)
     */
    WorkEstimate(Consumer<String> say, LongSupplier nanoTime) {
        this.say = say;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** Requests one replication will simulate: the integral of the arrival rate over the run (or the replayed ones). */
    static double requestsPerReplication(ScenarioSpec spec) {
        LoadSpec load = spec.load();
        double end = spec.durationSeconds();
        if (load.shape() instanceof RateShapeSpec.ReplayShape replay) {
            return Arrays.stream(replay.times()).filter(t -> t <= end).count();
        }
        double step = end / STEPS;
        double sum = 0;
        for (int i = 0; i < STEPS; i++) {
            sum += load.rateAt((i + 0.5) * step);
        }
        return sum * step;
    }

    /** "about 21,600,000 requests to simulate (200 h, 1 replication)", or empty for a run that ends within seconds. */
    static Optional<String> size(ScenarioSpec spec) {
        double total = requestsPerReplication(spec) * spec.replications();
        if (total < ANNOUNCE_REQUESTS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.US, "about %,.0f requests to simulate (%s, %d replication%s)", total,
                EarlyStops.clock(spec.durationSeconds()), spec.replications(), spec.replications() == 1 ? "" : "s"));
    }

    /** Takes the fraction of the run done (0..1), as the replication runner reports it about twice a second. */
    @Override
    public void accept(double fraction) {
        long now = nanoTime.getAsLong();
        long elapsed = now - start;
        if (said || elapsed < CALIBRATE_FROM_NANOS) {
            return;
        }
        if (Double.isNaN(fractionAtFrom)) {
            fractionAtFrom = fraction;
            nanosAtFrom = now;
            return;
        }
        if (elapsed < CALIBRATE_UNTIL_NANOS || fraction <= fractionAtFrom) {
            return;
        }
        said = true;
        double pacePerSecond = (fraction - fractionAtFrom) / ((now - nanosAtFrom) / 1e9);
        double left = (1 - fraction) / pacePerSecond;
        say.accept("cmsim: at this pace it takes about " + wall(elapsed / 1e9 + left) + " in all (" + wall(left)
                + " more); Ctrl-C stops it without writing anything");
    }

    static String wall(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.US, "%.0f s", Math.max(1, seconds));
        }
        if (seconds < 2 * 3600) {
            return String.format(Locale.US, "%.0f min", seconds / 60);
        }
        if (seconds < 3 * 86400) {
            return String.format(Locale.US, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.US, "%,.0f days", seconds / 86400);
    }
}
