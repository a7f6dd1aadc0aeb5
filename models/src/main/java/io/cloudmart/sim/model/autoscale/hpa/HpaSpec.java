package io.cloudmart.sim.model.autoscale.hpa;

import java.util.List;
import java.util.Objects;

/**
 * The parts of a {@code HorizontalPodAutoscaler} spec ({@code autoscaling/v2}) that drive its decisions, as the
 * API server stores them: the compact constructor applies {@code SetDefaults_HorizontalPodAutoscaler}
 * ({@code minReplicas} 1, an empty metric list becomes CPU at 80 %, a given behavior gets its unset fields defaulted).
 *
 * @param minReplicas {@code spec.minReplicas}, >= 1; {@code null} = 1. (0 needs the alpha {@code HPAScaleToZero}
 *                    gate and an Object or External metric, neither modelled here.)
 * @param maxReplicas {@code spec.maxReplicas}, >= minReplicas
 * @param metrics     {@code spec.metrics}; {@code null} or empty = {@link MetricSpec#defaultMetric()}
 * @param behavior    {@code spec.behavior}; {@code null} = absent, the controller's legacy normalization
 */
public record HpaSpec(Integer minReplicas, int maxReplicas, List<MetricSpec> metrics, Behavior behavior) {
    /** [DEFAULT] kubernetes {@code pkg/apis/autoscaling/v2/defaults.go} ({@code MinReplicas = 1}) */
    public static final int DEFAULT_MIN_REPLICAS = 1;

    public HpaSpec {
        minReplicas = minReplicas == null ? DEFAULT_MIN_REPLICAS : minReplicas;
        if (minReplicas < 1) {
            throw new IllegalArgumentException("minReplicas must be >= 1 (0 needs HPAScaleToZero and an Object or "
                    + "External metric, not modelled), got " + minReplicas);
        }
        if (maxReplicas < minReplicas) {
            throw new IllegalArgumentException("maxReplicas must be >= minReplicas " + minReplicas + ", got " + maxReplicas);
        }
        if (metrics == null || metrics.isEmpty()) {
            metrics = List.of(MetricSpec.defaultMetric());
        } else if (metrics.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("metrics must not contain null");
        } else {
            metrics = List.copyOf(metrics);
        }
        behavior = behavior == null ? null : behavior.withApiDefaults();
    }

    /** An HPA with one metric and no behavior (the legacy path). */
    public static HpaSpec of(int minReplicas, int maxReplicas, MetricSpec metric) {
        return new HpaSpec(minReplicas, maxReplicas, List.of(metric), null);
    }

    /** This spec with {@code behavior} (defaulted as the API server does). */
    public HpaSpec withBehavior(Behavior newBehavior) {
        return new HpaSpec(minReplicas, maxReplicas, metrics, newBehavior);
    }
}
