package io.cloudmart.sim.model.cluster;

/**
 * The Cluster Autoscaler flags this model honours, with their defaults ([DEFAULT] kubernetes/autoscaler
 * {@code cluster-autoscaler/FAQ.md} flag table and {@code config/flags/flags.go}).
 *
 * @param scanIntervalSeconds                 {@code --scan-interval}: how often the integrator should call
 *                                            {@link ClusterAutoscaler#scan}; default 10 s
 * @param scaleDownUnneededTimeSeconds        {@code --scale-down-unneeded-time}: a node must stay unneeded
 *                                            longer than this before removal; default 600 s
 * @param scaleDownUtilizationThreshold       {@code --scale-down-utilization-threshold}: a node is a
 *                                            candidate when its utilization is below this; default 0.5
 * @param scaleDownDelayAfterAddSeconds       {@code --scale-down-delay-after-add}: no removal this long after
 *                                            a scale-up; default 600 s
 * @param scaleDownDelayAfterDeleteSeconds    {@code --scale-down-delay-after-delete}: no removal this long
 *                                            after a removal; default 0 s
 * @param maxNodeProvisionTimeSeconds         {@code --max-node-provision-time}: a node not Ready this long
 *                                            after its launch is given up; default 900 s
 * @param expander                            {@code --expander}; default {@code least-waste}
 * @param maxEmptyBulkDelete                  {@code --max-empty-bulk-delete}: empty nodes removed per scan at
 *                                            most; default 10 (newer releases call the limit
 *                                            {@code --max-scale-down-parallelism}, also 10)
 * @param newPodScaleUpDelaySeconds           {@code --new-pod-scale-up-delay}: pods pending for less than this
 *                                            do not trigger a scale-up; default 0 s
 */
public record ClusterAutoscalerSettings(double scanIntervalSeconds, double scaleDownUnneededTimeSeconds,
                                        double scaleDownUtilizationThreshold, double scaleDownDelayAfterAddSeconds,
                                        double scaleDownDelayAfterDeleteSeconds, double maxNodeProvisionTimeSeconds,
                                        Expander expander, int maxEmptyBulkDelete, double newPodScaleUpDelaySeconds) {
    public static final double DEFAULT_SCAN_INTERVAL_SECONDS = 10.0;
    public static final double DEFAULT_SCALE_DOWN_UNNEEDED_TIME_SECONDS = 600.0;
    public static final double DEFAULT_SCALE_DOWN_UTILIZATION_THRESHOLD = 0.5;
    public static final double DEFAULT_SCALE_DOWN_DELAY_AFTER_ADD_SECONDS = 600.0;
    public static final double DEFAULT_SCALE_DOWN_DELAY_AFTER_DELETE_SECONDS = 0.0;
    public static final double DEFAULT_MAX_NODE_PROVISION_TIME_SECONDS = 900.0;
    public static final Expander DEFAULT_EXPANDER = Expander.LEAST_WASTE;
    public static final int DEFAULT_MAX_EMPTY_BULK_DELETE = 10;
    public static final double DEFAULT_NEW_POD_SCALE_UP_DELAY_SECONDS = 0.0;

    public ClusterAutoscalerSettings {
        requirePositive("scan-interval", scanIntervalSeconds);
        requireNonNegative("scale-down-unneeded-time", scaleDownUnneededTimeSeconds);
        if (!(scaleDownUtilizationThreshold >= 0 && scaleDownUtilizationThreshold <= 1)) {
            throw new IllegalArgumentException("scale-down-utilization-threshold must be in [0, 1], got "
                    + scaleDownUtilizationThreshold);
        }
        requireNonNegative("scale-down-delay-after-add", scaleDownDelayAfterAddSeconds);
        requireNonNegative("scale-down-delay-after-delete", scaleDownDelayAfterDeleteSeconds);
        requirePositive("max-node-provision-time", maxNodeProvisionTimeSeconds);
        if (expander == null) {
            throw new IllegalArgumentException("expander must be one of least-waste, random, price");
        }
        if (maxEmptyBulkDelete < 1) {
            throw new IllegalArgumentException("max-empty-bulk-delete must be >= 1, got " + maxEmptyBulkDelete);
        }
        requireNonNegative("new-pod-scale-up-delay", newPodScaleUpDelaySeconds);
    }

    /** Every flag at its default. */
    public static ClusterAutoscalerSettings defaults() {
        return new ClusterAutoscalerSettings(DEFAULT_SCAN_INTERVAL_SECONDS, DEFAULT_SCALE_DOWN_UNNEEDED_TIME_SECONDS,
                DEFAULT_SCALE_DOWN_UTILIZATION_THRESHOLD, DEFAULT_SCALE_DOWN_DELAY_AFTER_ADD_SECONDS,
                DEFAULT_SCALE_DOWN_DELAY_AFTER_DELETE_SECONDS, DEFAULT_MAX_NODE_PROVISION_TIME_SECONDS, DEFAULT_EXPANDER,
                DEFAULT_MAX_EMPTY_BULK_DELETE, DEFAULT_NEW_POD_SCALE_UP_DELAY_SECONDS);
    }

    public ClusterAutoscalerSettings withExpander(Expander value) {
        return new ClusterAutoscalerSettings(scanIntervalSeconds, scaleDownUnneededTimeSeconds, scaleDownUtilizationThreshold,
                scaleDownDelayAfterAddSeconds, scaleDownDelayAfterDeleteSeconds, maxNodeProvisionTimeSeconds, value,
                maxEmptyBulkDelete, newPodScaleUpDelaySeconds);
    }

    public ClusterAutoscalerSettings withScaleDownDelayAfterDeleteSeconds(double value) {
        return new ClusterAutoscalerSettings(scanIntervalSeconds, scaleDownUnneededTimeSeconds, scaleDownUtilizationThreshold,
                scaleDownDelayAfterAddSeconds, value, maxNodeProvisionTimeSeconds, expander, maxEmptyBulkDelete,
                newPodScaleUpDelaySeconds);
    }

    public ClusterAutoscalerSettings withNewPodScaleUpDelaySeconds(double value) {
        return new ClusterAutoscalerSettings(scanIntervalSeconds, scaleDownUnneededTimeSeconds, scaleDownUtilizationThreshold,
                scaleDownDelayAfterAddSeconds, scaleDownDelayAfterDeleteSeconds, maxNodeProvisionTimeSeconds, expander,
                maxEmptyBulkDelete, value);
    }

    private static void requirePositive(String flag, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(flag + " must be finite and > 0 s, got " + seconds);
        }
    }

    private static void requireNonNegative(String flag, double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(flag + " must be finite and >= 0 s, got " + seconds);
        }
    }
}
