package io.cloudmart.sim.model.autoscale.vpa;

/**
 * The VPA updater's flags, named after the fields of {@code UpdaterConfig} in kubernetes/autoscaler
 * {@code vertical-pod-autoscaler/pkg/updater/config/config.go}, with the defaults of
 * {@code DefaultUpdaterConfig} there (also in {@code docs/flags.md}). Durations are seconds.
 *
 * <p>Not modelled: {@code --eviction-rate-limit} / {@code --eviction-rate-burst} (default −1 = off, a global
 * token bucket the loop waits on), {@code --use-admission-controller-status}, PodDisruptionBudgets (enforced by
 * the eviction API, outside the updater), eviction requirements and CPU startup boost.
 *
 * @param updaterIntervalSeconds            {@code --updater-interval}: loop period, seconds; default 60 s
 * @param minReplicas                       {@code --min-replicas}: no eviction from a controller with fewer live pods;
 *                                          default 2 (a VPA's {@code updatePolicy.minReplicas} overrides it)
 * @param evictionToleranceFraction         {@code --eviction-tolerance}: a loop keeps at least
 *                                          {@code configured − trunc(configured × this)} pods running; default 0.5
 * @param defaultUpdateThreshold            {@code --pod-update-threshold}: a pod inside the bounds is updated only if its
 *                                          relative change (summed over CPU and memory) is at least this; default 0.1
 * @param podLifetimeUpdateThresholdSeconds {@code --in-recommendation-bounds-eviction-lifetime-threshold}: a pod inside
 *                                          the bounds must have run this long, seconds; default 12 h
 * @param evictAfterOomThresholdSeconds     {@code --evict-after-oom-threshold}: a container OOM-killed less than this after
 *                                          it started makes the pod evictable at once, seconds; default 10 min
 */
public record UpdaterSettings(double updaterIntervalSeconds, int minReplicas, double evictionToleranceFraction,
                              double defaultUpdateThreshold, double podLifetimeUpdateThresholdSeconds,
                              double evictAfterOomThresholdSeconds) {
    /** [DEFAULT] {@code UpdaterInterval} 1 m, updater config.go. */
    public static final double DEFAULT_UPDATER_INTERVAL_SECONDS = 60.0;
    /** [DEFAULT] {@code MinReplicas} 2, updater config.go. */
    public static final int DEFAULT_MIN_REPLICAS = 2;
    /** [DEFAULT] {@code EvictionToleranceFraction} 0.5, updater config.go. */
    public static final double DEFAULT_EVICTION_TOLERANCE_FRACTION = 0.5;
    /** [DEFAULT] {@code DefaultUpdateThreshold} 0.1, updater config.go. */
    public static final double DEFAULT_UPDATE_THRESHOLD = 0.1;
    /** [DEFAULT] {@code PodLifetimeUpdateThreshold} 12 h, updater config.go. */
    public static final double DEFAULT_POD_LIFETIME_UPDATE_THRESHOLD_SECONDS = 12 * 3600.0;
    /** [DEFAULT] {@code EvictAfterOOMThreshold} 10 min, updater config.go. */
    public static final double DEFAULT_EVICT_AFTER_OOM_THRESHOLD_SECONDS = 600.0;

    public UpdaterSettings {
        requireDuration("updater-interval", updaterIntervalSeconds);
        if (minReplicas < 0) {
            throw new IllegalArgumentException("min-replicas must be >= 0, got " + minReplicas);
        }
        if (!(evictionToleranceFraction >= 0 && evictionToleranceFraction <= 1)) {
            throw new IllegalArgumentException("eviction-tolerance must be in [0, 1], got " + evictionToleranceFraction);
        }
        if (!(defaultUpdateThreshold >= 0) || Double.isInfinite(defaultUpdateThreshold)) {
            throw new IllegalArgumentException("pod-update-threshold must be finite and >= 0, got " + defaultUpdateThreshold);
        }
        if (!(podLifetimeUpdateThresholdSeconds >= 0) || Double.isInfinite(podLifetimeUpdateThresholdSeconds)) {
            throw new IllegalArgumentException("in-recommendation-bounds-eviction-lifetime-threshold must be finite and >= 0 s, got "
                    + podLifetimeUpdateThresholdSeconds);
        }
        if (!(evictAfterOomThresholdSeconds >= 0) || Double.isInfinite(evictAfterOomThresholdSeconds)) {
            throw new IllegalArgumentException("evict-after-oom-threshold must be finite and >= 0 s, got "
                    + evictAfterOomThresholdSeconds);
        }
    }

    /** Every flag at its upstream default. */
    public static UpdaterSettings defaults() {
        return new UpdaterSettings(DEFAULT_UPDATER_INTERVAL_SECONDS, DEFAULT_MIN_REPLICAS,
                DEFAULT_EVICTION_TOLERANCE_FRACTION, DEFAULT_UPDATE_THRESHOLD,
                DEFAULT_POD_LIFETIME_UPDATE_THRESHOLD_SECONDS, DEFAULT_EVICT_AFTER_OOM_THRESHOLD_SECONDS);
    }

    /** A copy with another {@code --eviction-tolerance}. */
    public UpdaterSettings withEvictionToleranceFraction(double fraction) {
        return new UpdaterSettings(updaterIntervalSeconds, minReplicas, fraction, defaultUpdateThreshold,
                podLifetimeUpdateThresholdSeconds, evictAfterOomThresholdSeconds);
    }

    private static void requireDuration(String flag, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(flag + " must be finite and > 0 s, got " + seconds);
        }
    }
}
