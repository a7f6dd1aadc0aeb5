package io.cloudmart.sim.core.stats;

/**
 * The fixed time buckets every series of one replication shares: bucket i covers
 * [i × width, min((i + 1) × width, duration)) seconds of simulated time.
 */
public record Buckets(double widthSeconds, int count, double durationSeconds) {
    /** Default bucket width for charts, in seconds. */
    public static final double DEFAULT_WIDTH_SECONDS = 10.0;
    /** Upper bound on buckets per series, so memory and chart size stay bounded for long runs. */
    public static final int MAX_BUCKETS = 1000;

    /**
     * Buckets of {@code preferredWidth} seconds, widened to a whole multiple of it when the run
     * would otherwise need more than {@link #MAX_BUCKETS}.
     */
    public static Buckets forRun(double durationSeconds, double preferredWidth) {
        double factor = Math.max(1.0, Math.ceil(durationSeconds / (preferredWidth * MAX_BUCKETS) - 1e-9));
        double width = preferredWidth * factor;
        int count = Math.max(1, (int) Math.ceil(durationSeconds / width - 1e-9));
        return new Buckets(width, count, durationSeconds);
    }

    /** True when {@code endSeconds} is before the end of the last bucket: the run stopped early. */
    boolean cutShortAt(double endSeconds) {
        return endSeconds < durationSeconds;
    }

    /** Index of the bucket holding time {@code t} (seconds), clamped to the last bucket. */
    int indexOf(double t) {
        return Math.min((int) (t / widthSeconds), count - 1);
    }

    /** Start of bucket {@code i}, in seconds. */
    public double start(int i) {
        return i * widthSeconds;
    }

    /** End of bucket {@code i}, in seconds (the last bucket may be shorter). */
    public double end(int i) {
        return Math.min((i + 1) * widthSeconds, durationSeconds);
    }

    /** Length of bucket {@code i}, in seconds. */
    public double length(int i) {
        return end(i) - start(i);
    }
}
