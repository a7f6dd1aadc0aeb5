package io.cloudmart.sim.model.mesh;

/**
 * DestinationRule {@code trafficPolicy.outlierDetection} settings (passive health checking on
 * consecutive 5xx errors), with the defaults of istio/api {@code destination_rule.proto} and Envoy's
 * {@code outlier_detection.proto}. Outlier detection is only active when a DestinationRule sets it.
 *
 * @param consecutive5xxErrors    5xx (and locally originated failures) in a row that eject a host; default 5; 0 disables
 * @param intervalSeconds         time between ejection sweeps, seconds; default 10 s
 * @param baseEjectionTimeSeconds ejection lasts this × the host's ejection multiplier, seconds; default 30 s
 * @param maxEjectionPercent      at most this % of the cluster's hosts ejected at once; default 10 %
 * @param minHealthPercent        Istio passes it to Envoy as the cluster's panic threshold; default 0 % (no panic)
 * @param maxEjectionTimeSeconds  cap on one ejection, seconds; Envoy {@code max_ejection_time}, default 300 s
 *                                (Istio raises it to {@code baseEjectionTime} when that is larger)
 * @param alwaysEjectOneHost      allow the first ejection even when it exceeds {@code maxEjectionPercent}
 */
public record OutlierDetection(int consecutive5xxErrors, double intervalSeconds, double baseEjectionTimeSeconds,
                               double maxEjectionPercent, double minHealthPercent, double maxEjectionTimeSeconds,
                               boolean alwaysEjectOneHost) {
    public static final int DEFAULT_CONSECUTIVE_5XX_ERRORS = 5;
    public static final double DEFAULT_INTERVAL_SECONDS = 10.0;
    public static final double DEFAULT_BASE_EJECTION_TIME_SECONDS = 30.0;
    public static final double DEFAULT_MAX_EJECTION_PERCENT = 10.0;
    public static final double DEFAULT_MIN_HEALTH_PERCENT = 0.0;
    public static final double ENVOY_MAX_EJECTION_TIME_SECONDS = 300.0;

    /**
     * Default for {@link #alwaysEjectOneHost()}: true, the rule "at least one host is always ejectable"
     * of Envoy up to 1.27 (the project's domain facts). Envoy 1.28 (Istio 1.20) started to enforce
     * {@code maxEjectionPercent} on the first ejection too (runtime guard
     * {@code check_mep_on_first_eject}, envoyproxy/envoy PR #27909) and 1.31 added
     * {@code always_eject_one_host} (default false) to restore the old rule; Istio's API has no field
     * for it. So with current Istio and the 10 % default a cluster of fewer than 10 hosts ejects
     * nothing: set this to false to model that.
     */
    public static final boolean DEFAULT_ALWAYS_EJECT_ONE_HOST = true;

    public OutlierDetection {
        if (consecutive5xxErrors < 0) {
            throw new IllegalArgumentException("outlierDetection.consecutive5xxErrors must be >= 0, got " + consecutive5xxErrors);
        }
        requirePositive("interval", intervalSeconds);
        requirePositive("baseEjectionTime", baseEjectionTimeSeconds);
        requirePercent("maxEjectionPercent", maxEjectionPercent);
        requirePercent("minHealthPercent", minHealthPercent);
        if (!(maxEjectionTimeSeconds >= baseEjectionTimeSeconds) || Double.isInfinite(maxEjectionTimeSeconds)) {
            throw new IllegalArgumentException("max ejection time must be finite and >= baseEjectionTime "
                    + baseEjectionTimeSeconds + " s, got " + maxEjectionTimeSeconds);
        }
    }

    private static void requirePositive(String field, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("outlierDetection." + field + " must be finite and > 0 s, got " + seconds);
        }
    }

    private static void requirePercent(String field, double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("outlierDetection." + field + " must be in [0, 100] %, got " + percent);
        }
    }

    /** All defaults (consecutive5xxErrors 5, interval 10 s, baseEjectionTime 30 s, maxEjectionPercent 10 %, ...). */
    public static OutlierDetection istioDefault() {
        return new OutlierDetection(DEFAULT_CONSECUTIVE_5XX_ERRORS, DEFAULT_INTERVAL_SECONDS,
                DEFAULT_BASE_EJECTION_TIME_SECONDS, DEFAULT_MAX_EJECTION_PERCENT, DEFAULT_MIN_HEALTH_PERCENT,
                ENVOY_MAX_EJECTION_TIME_SECONDS, DEFAULT_ALWAYS_EJECT_ONE_HOST);
    }

    /** The panic threshold Istio gives the cluster's load balancer when this outlier detection is set. */
    public double panicThresholdPercent() {
        return minHealthPercent;
    }

    public OutlierDetection withConsecutive5xxErrors(int value) {
        return new OutlierDetection(value, intervalSeconds, baseEjectionTimeSeconds, maxEjectionPercent,
                minHealthPercent, maxEjectionTimeSeconds, alwaysEjectOneHost);
    }

    public OutlierDetection withInterval(double seconds) {
        return new OutlierDetection(consecutive5xxErrors, seconds, baseEjectionTimeSeconds, maxEjectionPercent,
                minHealthPercent, maxEjectionTimeSeconds, alwaysEjectOneHost);
    }

    /** A new base ejection time; like Istio, the cap is raised to it if it exceeds the cap. */
    public OutlierDetection withBaseEjectionTime(double seconds) {
        return new OutlierDetection(consecutive5xxErrors, intervalSeconds, seconds, maxEjectionPercent,
                minHealthPercent, Math.max(maxEjectionTimeSeconds, seconds), alwaysEjectOneHost);
    }

    public OutlierDetection withMaxEjectionPercent(double percent) {
        return new OutlierDetection(consecutive5xxErrors, intervalSeconds, baseEjectionTimeSeconds, percent,
                minHealthPercent, maxEjectionTimeSeconds, alwaysEjectOneHost);
    }

    public OutlierDetection withMinHealthPercent(double percent) {
        return new OutlierDetection(consecutive5xxErrors, intervalSeconds, baseEjectionTimeSeconds, maxEjectionPercent,
                percent, maxEjectionTimeSeconds, alwaysEjectOneHost);
    }

    public OutlierDetection withAlwaysEjectOneHost(boolean value) {
        return new OutlierDetection(consecutive5xxErrors, intervalSeconds, baseEjectionTimeSeconds, maxEjectionPercent,
                minHealthPercent, maxEjectionTimeSeconds, value);
    }
}
