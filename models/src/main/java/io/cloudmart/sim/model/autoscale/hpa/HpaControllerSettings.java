package io.cloudmart.sim.model.autoscale.hpa;

/**
 * The kube-controller-manager flags of the HPA controller, shared by every HPA of a cluster. Defaults from
 * kubernetes {@code pkg/controller/podautoscaler/config/v1alpha1/defaults.go}
 * ({@code RecommendedDefaultHPAControllerConfiguration}).
 *
 * @param syncPeriodSeconds              {@code --horizontal-pod-autoscaler-sync-period}: how often each HPA is
 *                                       reconciled, seconds (for the caller's periodic controller); default 15 s
 * @param tolerance                      {@code --horizontal-pod-autoscaler-tolerance}: usage ratios within
 *                                       [1 − t, 1 + t] leave the replicas alone; default 0.1. (A flag value of 0 is
 *                                       replaced by the default in Kubernetes; here 0 is taken as given.)
 * @param cpuInitializationPeriodSeconds {@code --horizontal-pod-autoscaler-cpu-initialization-period}: how long after
 *                                       its start a pod's CPU samples are distrusted, seconds; default 300 s
 * @param initialReadinessDelaySeconds   {@code --horizontal-pod-autoscaler-initial-readiness-delay}: a readiness
 *                                       transition this soon after start counts as the first one, seconds; default 30 s
 * @param downscaleStabilizationSeconds  {@code --horizontal-pod-autoscaler-downscale-stabilization}: the scale-down
 *                                       window of the legacy path and of behaviors without their own, seconds;
 *                                       default 300 s
 */
public record HpaControllerSettings(double syncPeriodSeconds, double tolerance, double cpuInitializationPeriodSeconds,
                                    double initialReadinessDelaySeconds, double downscaleStabilizationSeconds) {
    /** [DEFAULT] kubernetes {@code config/v1alpha1/defaults.go}: 15 s */
    public static final double DEFAULT_SYNC_PERIOD_SECONDS = 15.0;
    /** [DEFAULT] same file: 0.1 */
    public static final double DEFAULT_TOLERANCE = 0.1;
    /** [DEFAULT] same file: 5 min */
    public static final double DEFAULT_CPU_INITIALIZATION_PERIOD_SECONDS = 300.0;
    /** [DEFAULT] same file: 30 s */
    public static final double DEFAULT_INITIAL_READINESS_DELAY_SECONDS = 30.0;
    /** [DEFAULT] same file: 5 min */
    public static final double DEFAULT_DOWNSCALE_STABILIZATION_SECONDS = 300.0;

    public HpaControllerSettings {
        if (!(syncPeriodSeconds > 0) || Double.isInfinite(syncPeriodSeconds)) {
            throw new IllegalArgumentException("sync period must be finite and > 0 s, got " + syncPeriodSeconds);
        }
        requireNonNegative("tolerance", tolerance);
        requireNonNegative("cpu initialization period", cpuInitializationPeriodSeconds);
        requireNonNegative("initial readiness delay", initialReadinessDelaySeconds);
        requireNonNegative("downscale stabilization", downscaleStabilizationSeconds);
    }

    private static void requireNonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0, got " + value);
        }
    }

    /** All flags at their defaults (15 s, 0.1, 300 s, 30 s, 300 s). */
    public static HpaControllerSettings defaults() {
        return new HpaControllerSettings(DEFAULT_SYNC_PERIOD_SECONDS, DEFAULT_TOLERANCE,
                DEFAULT_CPU_INITIALIZATION_PERIOD_SECONDS, DEFAULT_INITIAL_READINESS_DELAY_SECONDS,
                DEFAULT_DOWNSCALE_STABILIZATION_SECONDS);
    }

    /** These settings with another cluster tolerance. */
    public HpaControllerSettings withTolerance(double newTolerance) {
        return new HpaControllerSettings(syncPeriodSeconds, newTolerance, cpuInitializationPeriodSeconds,
                initialReadinessDelaySeconds, downscaleStabilizationSeconds);
    }

    /** These settings with another downscale stabilization window, seconds. */
    public HpaControllerSettings withDownscaleStabilizationSeconds(double seconds) {
        return new HpaControllerSettings(syncPeriodSeconds, tolerance, cpuInitializationPeriodSeconds,
                initialReadinessDelaySeconds, seconds);
    }
}
