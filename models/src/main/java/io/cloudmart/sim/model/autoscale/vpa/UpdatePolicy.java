package io.cloudmart.sim.model.autoscale.vpa;

/**
 * The part of a VPA's {@code spec.updatePolicy} the updater reads (kubernetes/autoscaler
 * {@code vertical-pod-autoscaler/pkg/apis/autoscaling.k8s.io/v1/types.go}).
 *
 * @param updateMode  {@code updateMode}; null means unset and becomes {@link UpdateMode#DEFAULT} (Recreate)
 * @param minReplicas {@code minReplicas}: overrides {@code --min-replicas} for this VPA; null = use the flag;
 *                    upstream allows only positive values
 */
public record UpdatePolicy(UpdateMode updateMode, Integer minReplicas) {
    public UpdatePolicy {
        updateMode = updateMode == null ? UpdateMode.DEFAULT : updateMode;
        if (minReplicas != null && minReplicas <= 0) {
            throw new IllegalArgumentException("updatePolicy.minReplicas must be > 0 when set, got " + minReplicas);
        }
    }

    /** A policy with only {@code updateMode} set. */
    public static UpdatePolicy of(UpdateMode updateMode) {
        return new UpdatePolicy(updateMode, null);
    }

    /** The replicas a controller needs before the updater evicts from it. */
    int requiredReplicas(UpdaterSettings settings) {
        return minReplicas != null ? minReplicas : settings.minReplicas();
    }
}
