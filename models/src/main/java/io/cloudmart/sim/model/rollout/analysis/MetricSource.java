package io.cloudmart.sim.model.rollout.analysis;

/**
 * Where a metric's value comes from: the simulation plugs per-version metrics in (a Prometheus query in Argo).
 */
@FunctionalInterface
public interface MetricSource {

    /**
     * The metric's value at {@code now} (seconds of simulated time); NaN when there is no data (an empty result,
     * which makes a condition that reads {@code result} an Error).
     */
    double measure(String metricName, double now);
}
