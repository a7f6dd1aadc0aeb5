package io.cloudmart.sim.model.service;

/**
 * A window in which every pod of a service refuses connections (a crash loop, a bad deploy, a
 * zone down): callers see a connection failure at once, which Istio's default {@code retryOn}
 * ({@code connect-failure}) retries and which otherwise answers 503.
 *
 * @param startSeconds    when it starts, simulated seconds
 * @param durationSeconds how long it lasts, seconds (> 0)
 */
public record Outage(double startSeconds, double durationSeconds) {
    public Outage {
        if (!(startSeconds >= 0) || !(durationSeconds > 0)) {
            throw new IllegalArgumentException("an outage needs start >= 0 and duration > 0");
        }
    }

    /** True when one of {@code outages} is on at simulated time {@code time}, seconds. */
    public static boolean anyCovers(java.util.List<Outage> outages, double time) {
        for (int i = 0; i < outages.size(); i++) { // by index: this runs for every request, an iterator per call adds up
            if (outages.get(i).covers(time)) {
                return true;
            }
        }
        return false;
    }

    /** True when the outage is on at simulated time {@code time}, seconds. */
    public boolean covers(double time) {
        return time >= startSeconds && time < startSeconds + durationSeconds;
    }
}
