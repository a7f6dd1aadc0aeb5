package io.cloudmart.sim.model.rollout;

import java.util.OptionalDouble;

import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * One of a Flagger canary's built-in metric checks ({@code analysis.metrics[]}, {@code runBuiltinMetricChecks} in
 * fluxcd/flagger {@code pkg/controller/scheduler_metrics.go}): what it reads of the canary version over
 * {@code intervalSeconds} (the {@code [interval]} of Flagger's PromQL), and its {@code thresholdRange}.
 *
 * @param name            which built-in query
 * @param min             {@code thresholdRange.min}: a value below it fails the check (equal passes)
 * @param max             {@code thresholdRange.max}: a value above it fails the check (equal passes)
 * @param intervalSeconds the query's window
 */
public record FlaggerMetric(Name name, OptionalDouble min, OptionalDouble max, double intervalSeconds) {
    /** {@code MetricInterval} in {@code pkg/apis/flagger/v1beta1/canary.go}: a metric without {@code interval}. */
    public static final double DEFAULT_INTERVAL_SECONDS = 60;

    public FlaggerMetric {
        if (!(intervalSeconds > 0)) {
            throw new IllegalArgumentException("metric " + name.fieldValue() + ": interval must be > 0 s, got "
                    + intervalSeconds);
        }
        if (min.isEmpty() && max.isEmpty()) {
            throw new IllegalArgumentException("metric " + name.fieldValue() + ": thresholdRange needs min or max");
        }
    }

    /** The two queries Flagger ships for Istio ({@code pkg/metrics/observers/istio.go}). */
    public enum Name {
        /** Share of responses that are not 5xx, in percent. */
        REQUEST_SUCCESS_RATE("request-success-rate"),
        /** {@code histogram_quantile(0.99, …)} of the request duration, in milliseconds. */
        REQUEST_DURATION("request-duration");

        private final String fieldValue;

        Name(String fieldValue) {
            this.fieldValue = fieldValue;
        }

        /** The name a Canary writes. */
        public String fieldValue() {
            return fieldValue;
        }
    }

    /** The canary version's value at {@code now}; NaN when it served nothing in the window (Flagger's "no values"). */
    public double read(VersionMetrics metrics, String version, double now) {
        return switch (name) {
            case REQUEST_SUCCESS_RATE -> 100 * (1 - metrics.serverErrorRate(version, now, intervalSeconds));
            case REQUEST_DURATION -> 1000 * metrics.latencyQuantile(version, 0.99, now, intervalSeconds);
        };
    }

    /** Within {@code thresholdRange} ({@code val < *tr.Min}, {@code val > *tr.Max} fail); no data fails. */
    public boolean passes(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return !(min.isPresent() && value < min.getAsDouble()) && !(max.isPresent() && value > max.getAsDouble());
    }
}
