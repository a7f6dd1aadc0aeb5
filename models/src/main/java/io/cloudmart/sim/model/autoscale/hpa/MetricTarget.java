package io.cloudmart.sim.model.autoscale.hpa;

/**
 * {@code spec.metrics[].*.target}: the value a metric is held at. Exactly the field of {@link #type()} is set, as
 * the API validation requires.
 *
 * @param type               {@code Utilization} or {@code AverageValue}
 * @param averageUtilization percent of the pods' requests, > 0; only with {@code Utilization}
 * @param averageValue       per-pod value in the metric's unit (cores, MiB, or the Pods metric's own unit), > 0;
 *                           only with {@code AverageValue}
 */
public record MetricTarget(MetricTargetType type, Integer averageUtilization, Double averageValue) {
    public MetricTarget {
        if (type == null) {
            throw new IllegalArgumentException("target.type must be set (Utilization or AverageValue)");
        }
        if (type == MetricTargetType.UTILIZATION) {
            if (averageUtilization == null || averageUtilization <= 0) {
                throw new IllegalArgumentException("target.averageUtilization must be > 0 for type Utilization, got "
                        + averageUtilization);
            }
            if (averageValue != null) {
                throw new IllegalArgumentException("target.averageValue must not be set for type Utilization");
            }
        } else {
            if (averageValue == null || !(averageValue > 0) || averageValue.isInfinite()) {
                throw new IllegalArgumentException("target.averageValue must be finite and > 0 for type AverageValue, got "
                        + averageValue);
            }
            if (averageUtilization != null) {
                throw new IllegalArgumentException("target.averageUtilization must not be set for type AverageValue");
            }
        }
    }

    /** A {@code Utilization} target of {@code percent} % of the requests. */
    public static MetricTarget utilization(int percent) {
        return new MetricTarget(MetricTargetType.UTILIZATION, percent, null);
    }

    /** An {@code AverageValue} target of {@code value} per pod. */
    public static MetricTarget averageValue(double value) {
        return new MetricTarget(MetricTargetType.AVERAGE_VALUE, null, value);
    }

    /** The target as a number: the percentage for {@code Utilization}, the value for {@code AverageValue}. */
    public double value() {
        return type == MetricTargetType.UTILIZATION ? averageUtilization : averageValue;
    }
}
