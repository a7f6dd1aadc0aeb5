package io.cloudmart.sim.model.mesh;

import java.util.Locale;

/**
 * One outlier-detection decision, for the run's event log: a host ejected or returned.
 *
 * @param timeSeconds      simulated time of the decision, seconds
 * @param cluster          the upstream cluster (service) name
 * @param host             the host's name
 * @param action           ejected or returned
 * @param ejectionCount    how many times the host has been ejected so far in this run
 * @param durationSeconds  on EJECT the minimum ejection time (base × multiplier, capped); on RETURN the time it
 *                         actually stayed out (rounded up to a sweep)
 */
public record OutlierEvent(double timeSeconds, String cluster, String host, Action action, int ejectionCount,
                           double durationSeconds) {
    /** What happened to the host. */
    public enum Action {
        EJECT, RETURN
    }

    /** A one-line text such as {@code t=2.250 s checkout: checkout-3 ejected (#1) for at least 30 s}. */
    public String describe() {
        if (action == Action.EJECT) {
            return String.format(Locale.US, "t=%.3f s %s: %s ejected (#%d) for at least %.0f s",
                    timeSeconds, cluster, host, ejectionCount, durationSeconds);
        }
        return String.format(Locale.US, "t=%.3f s %s: %s returned after %.3f s", timeSeconds, cluster, host,
                durationSeconds);
    }
}
