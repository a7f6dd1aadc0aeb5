package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.Locale;

import io.cloudmart.sim.core.run.EarlyStop;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationResult;

/**
 * The replications of an experiment that stopped before their end time, and how results, report
 * and console describe them: one place, so the three say the same.
 */
public final class EarlyStops {
    /** One stopped replication: its index and its stop. */
    public record Stopped(int replication, EarlyStop stop) {
    }

    private final List<Stopped> stopped;
    private final int replications;
    private final double durationSeconds;
    private final double warmupSeconds;

    private EarlyStops(List<Stopped> stopped, int replications, double durationSeconds, double warmupSeconds) {
        this.stopped = List.copyOf(stopped);
        this.replications = replications;
        this.durationSeconds = durationSeconds;
        this.warmupSeconds = warmupSeconds;
    }

    public static EarlyStops of(ExperimentResult result) {
        List<Stopped> stopped = result.replications().stream().filter(ReplicationResult::stoppedEarly)
                .map(r -> new Stopped(r.replication(), r.earlyStop())).toList();
        return new EarlyStops(stopped, result.replications().size(), result.settings().durationSeconds(),
                result.settings().warmupSeconds());
    }

    /** True when at least one replication stopped early. */
    public boolean any() {
        return !stopped.isEmpty();
    }

    public List<Stopped> stopped() {
        return stopped;
    }

    /** The earliest stop (call only when {@link #any()}). */
    public EarlyStop first() {
        return stopped.stream().map(Stopped::stop).min(java.util.Comparator.comparingDouble(EarlyStop::timeSeconds))
                .orElseThrow();
    }

    /** True when a replication stopped before its warm-up ended, so its figures include the warm-up. */
    public boolean beforeWarmupEnded() {
        return stopped.stream().anyMatch(s -> s.stop().timeSeconds() < warmupSeconds);
    }

    /**
     * "stopped at 26 min 1 s of 2 h: more than 250,000 requests …", or "3 of 5 replications stopped,
     * the first at 26 min 1 s of 2 h: …".
     */
    public String sentence() {
        EarlyStop first = first();
        String when = " at " + clock(first.timeSeconds()) + " of " + clock(durationSeconds) + ": " + first.reason();
        if (replications == 1) {
            return "the run stopped" + when;
        }
        return String.format(Locale.US, "%d of %d replications stopped, the first", stopped.size(), replications) + when;
    }

    /** What the figures of a stopped run cover, for the report. */
    public String coverage() {
        if (beforeWarmupEnded()) {
            return "It stopped before the warm-up ended, so its figures include the warm-up: they cover the time from"
                    + " the start to the stop. The charts end where it stopped.";
        }
        return "Its figures cover the time from the end of the warm-up to the stop, not the whole planned run;"
                + " the charts end where it stopped.";
    }

    /** {@code 26 min 1 s}, {@code 2 h}, {@code 1 h 0 min 5 s}, {@code 0.25 s}: a simulated time for people. */
    public static String clock(double seconds) {
        if (seconds < 60) {
            return SignificantDigits.format(seconds, 3) + " s";
        }
        long whole = Math.round(seconds);
        long h = whole / 3600;
        long m = whole % 3600 / 60;
        long s = whole % 60;
        StringBuilder text = new StringBuilder();
        if (h > 0) {
            text.append(String.format(Locale.US, "%,d h", h));
        }
        if (m > 0 || h > 0 && s > 0) {
            text.append(text.length() > 0 ? " " : "").append(m).append(" min");
        }
        if (s > 0) {
            text.append(text.length() > 0 ? " " : "").append(s).append(" s");
        }
        return text.toString();
    }
}
