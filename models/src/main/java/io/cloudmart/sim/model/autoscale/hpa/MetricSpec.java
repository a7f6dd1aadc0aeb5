package io.cloudmart.sim.model.autoscale.hpa;

/**
 * One entry of {@code spec.metrics}: a metric source and its target. Two source types are modelled,
 * {@link ResourceMetricSource} ({@code type: Resource}, CPU or memory from metrics-server) and
 * {@link PodsMetricSource} ({@code type: Pods}, a per-pod custom metric such as requests per second).
 */
public sealed interface MetricSpec permits ResourceMetricSource, PodsMetricSource {

    /** {@code autoscaling.DefaultCPUUtilization}: the metric used when {@code spec.metrics} is empty. [DEFAULT] kubernetes {@code pkg/apis/autoscaling/v2/defaults.go} */
    int DEFAULT_CPU_UTILIZATION = 80;

    /** The metric's name as the HPA status names it ({@code cpu}, {@code memory} or the Pods metric's name). */
    String metricName();

    /** The target. */
    MetricTarget target();

    /** The API server's default metric: CPU at 80 % utilization. */
    static MetricSpec defaultMetric() {
        return cpuUtilization(DEFAULT_CPU_UTILIZATION);
    }

    /** CPU with a {@code Utilization} target of {@code percent} %. */
    static MetricSpec cpuUtilization(int percent) {
        return new ResourceMetricSource(ResourceName.CPU, MetricTarget.utilization(percent));
    }

    /** Memory with a {@code Utilization} target of {@code percent} %. */
    static MetricSpec memoryUtilization(int percent) {
        return new ResourceMetricSource(ResourceName.MEMORY, MetricTarget.utilization(percent));
    }

    /** CPU with an {@code AverageValue} target, in cores per pod. */
    static MetricSpec cpuAverageValue(double cores) {
        return new ResourceMetricSource(ResourceName.CPU, MetricTarget.averageValue(cores));
    }

    /** Memory with an {@code AverageValue} target, in MiB per pod. */
    static MetricSpec memoryAverageValue(double mebibytes) {
        return new ResourceMetricSource(ResourceName.MEMORY, MetricTarget.averageValue(mebibytes));
    }

    /** A {@code Pods} metric named {@code name} with an {@code AverageValue} target per pod. */
    static MetricSpec pods(String name, double averageValue) {
        return new PodsMetricSource(name, MetricTarget.averageValue(averageValue));
    }
}
