package io.cloudmart.sim.model.rollout;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * A release's story over time, for the report's "Releases" charts: once per period, the new version's share of
 * traffic, what each version served over the last period (request rate, the new version's error rate and p99
 * latency, read from {@link VersionMetrics} as an analysis would) and each version's Ready pods.
 *
 * <p>Any rollout loop feeds it (canary, blue-green, Flagger): it takes a weight and two versions' pod counts and
 * knows nothing of steps or analyses. A loop calls {@link #observe} on every reconcile and the recorder keeps one
 * point per period and one entry per weight change, so its cost and memory grow with simulated time and steps,
 * never with requests.
 */
public final class RolloutTimeline {
    /**
     * [CHOICE] One point per scrape of the per-version counters: a shorter period would read the same scrape twice,
     * a longer one would smooth away the first seconds of a bad release.
     */
    public static final double PERIOD_SECONDS = VersionMetrics.SCRAPE_INTERVAL_SECONDS;

    /**
     * The two versions at one moment.
     *
     * @param atSeconds         when it was read
     * @param newWeightPercent  the new version's share of the service's traffic, percent (0–100)
     * @param oldRequestsPerSecond responses of the old (stable) version per second over the last period; NaN with no
     *                          scrape yet
     * @param newRequestsPerSecond the same of the new version
     * @param newErrorRate      share of the new version's responses over the last period that were not 200; NaN
     *                          with none
     * @param newP99Seconds     the new version's p99 latency over the last period ({@code histogram_quantile});
     *                          NaN with no response
     * @param oldReadyPods      Ready pods of the old version
     * @param newReadyPods      Ready pods of the new version
     */
    public record Point(double atSeconds, double newWeightPercent, double oldRequestsPerSecond,
                        double newRequestsPerSecond, double newErrorRate, double newP99Seconds,
                        int oldReadyPods, int newReadyPods) {
    }

    /**
     * The new version's weight became {@code newWeightPercent} at {@code atSeconds}: kept at the time it changed, not
     * at the next period, so a step line of the weight starts exactly where a step marker is drawn.
     */
    public record WeightChange(double atSeconds, double newWeightPercent) {
    }

    private final VersionMetrics metrics;
    private final String oldVersion;
    private final String newVersion;
    private final double periodSeconds;
    private final List<Point> points = new ArrayList<>();
    private final List<WeightChange> weightChanges = new ArrayList<>();
    private double nextAt;

    /** A recorder of {@code oldVersion} against {@code newVersion}, one point every {@link #PERIOD_SECONDS}. */
    public RolloutTimeline(VersionMetrics metrics, String oldVersion, String newVersion) {
        this(metrics, oldVersion, newVersion, PERIOD_SECONDS);
    }

    /** With another period (tests, whose metrics scrape at another interval). */
    public RolloutTimeline(VersionMetrics metrics, String oldVersion, String newVersion, double periodSeconds) {
        if (!(periodSeconds > 0)) {
            throw new IllegalArgumentException("period must be > 0 s, got " + periodSeconds);
        }
        if (!metrics.versions().contains(oldVersion) || !metrics.versions().contains(newVersion)) {
            throw new IllegalArgumentException("versions " + oldVersion + " and " + newVersion
                    + " must both be among " + metrics.versions());
        }
        this.metrics = metrics;
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
        this.periodSeconds = periodSeconds;
    }

    /**
     * The rollout's state at {@code now}: kept as a point when a period boundary has been reached since the last one
     * (boundaries at multiples of the period, so points of two rollouts line up), ignored otherwise.
     */
    public void observe(double now, double newWeightPercent, int oldReadyPods, int newReadyPods) {
        if (weightChanges.isEmpty() || weightChanges.get(weightChanges.size() - 1).newWeightPercent() != newWeightPercent) {
            weightChanges.add(new WeightChange(now, newWeightPercent));
        }
        if (now < nextAt) {
            return;
        }
        points.add(new Point(now, newWeightPercent,
                metrics.requestRate(oldVersion, now, periodSeconds),
                metrics.requestRate(newVersion, now, periodSeconds),
                metrics.errorRate(newVersion, now, periodSeconds),
                metrics.latencyQuantile(newVersion, 0.99, now, periodSeconds),
                oldReadyPods, newReadyPods));
        nextAt = (Math.floor(now / periodSeconds) + 1) * periodSeconds;
    }

    /** The weight at the first observation and every change after it, in time order. */
    public List<WeightChange> weightChanges() {
        return List.copyOf(weightChanges);
    }

    /** The points so far, in time order. */
    public List<Point> points() {
        return List.copyOf(points);
    }
}
