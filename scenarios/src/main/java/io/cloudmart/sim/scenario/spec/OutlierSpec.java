package io.cloudmart.sim.scenario.spec;

/**
 * Istio outlier detection (passive health checking): hosts answering too many 5xx in a row are
 * ejected for a while.
 *
 * @param consecutive5xxErrors     5xx answers in a row that eject a host, {@code >= 0} (0 disables);
 *                                 default 5
 * @param intervalSeconds          time between ejection sweeps, seconds, {@code > 0}; default 10 s
 * @param baseEjectionTimeSeconds  first ejection's length, seconds, {@code > 0}; default 30 s
 * @param maxEjectionPercent       most hosts ejected at once, percent in [0, 100]; default 10
 */
public record OutlierSpec(int consecutive5xxErrors, double intervalSeconds, double baseEjectionTimeSeconds,
                          double maxEjectionPercent) {

    /** Istio's defaults. */
    public static final OutlierSpec DEFAULT = new OutlierSpec(5, 10.0, 30.0, 10.0);
}
