package io.cloudmart.sim.model.rollout.analysis;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One metric of an Argo Rollouts AnalysisTemplate ({@code Metric} in
 * {@code pkg/apis/rollouts/v1alpha1/analysis_types.go}), without its provider: the simulator plugs a
 * {@link MetricSource} in instead. Field names are Argo's; times are in seconds.
 *
 * @param name                    the metric's name, unique within a run
 * @param intervalSeconds         time between measurements; empty = a single measurement
 * @param count                   measurements to take; 0 = unset (1 without interval, until stopped with one)
 * @param initialDelaySeconds     wait after the run starts before the first measurement
 * @param successCondition        when a measurement is Successful, if set
 * @param failureCondition        when a measurement is Failed, if set
 * @param failureLimit            failed measurements tolerated; −1 disables the check
 * @param inconclusiveLimit       inconclusive measurements tolerated
 * @param consecutiveErrorLimit   errored measurements in a row tolerated
 * @param consecutiveSuccessLimit successful measurements in a row that end the metric Successful; 0 = off
 * @param dryRun                  measured and reported, never decides the run (Argo names dry-run metrics in the
 *                                template's {@code dryRun[].metricName}; here it is a flag on the metric)
 */
public record MetricSpec(
        String name,
        OptionalDouble intervalSeconds,
        int count,
        double initialDelaySeconds,
        Optional<ConditionExpression> successCondition,
        Optional<ConditionExpression> failureCondition,
        int failureLimit,
        int inconclusiveLimit,
        int consecutiveErrorLimit,
        int consecutiveSuccessLimit,
        boolean dryRun) {

    /** {@code failureLimit} unset: no failure tolerated ({@code assessMetricFailureInconclusiveOrError}, analysis.go). */
    public static final int DEFAULT_FAILURE_LIMIT = 0;
    /** The {@code failureLimit} that disables the failure check (analysis_types.go field comment, factory.go). */
    public static final int FAILURE_LIMIT_DISABLED = -1;
    /** {@code inconclusiveLimit} unset ({@code assessMetricFailureInconclusiveOrError}, analysis.go). */
    public static final int DEFAULT_INCONCLUSIVE_LIMIT = 0;
    /** {@code DefaultConsecutiveErrorLimit} in {@code utils/defaults/defaults.go}. */
    public static final int DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
    /** {@code consecutiveSuccessLimit} unset = disabled (analysis_types.go field comment). */
    public static final int DEFAULT_CONSECUTIVE_SUCCESS_LIMIT = 0;
    /** {@code initialDelay} unset: measure as soon as the run starts ({@code generateMetricTasks}, analysis.go). */
    public static final double DEFAULT_INITIAL_DELAY_SECONDS = 0;
    /** {@code count} unset ({@code Metric.EffectiveCount}, analysis_types.go). */
    public static final int COUNT_UNSET = 0;

    /** Rejects what Argo's {@code ValidateMetric} ({@code utils/analysis/factory.go}) rejects, in its words. */
    public MetricSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("metric name must not be empty");
        }
        String where = "metric " + name + ": ";
        if (intervalSeconds.isPresent() && !(intervalSeconds.getAsDouble() > 0)) {
            throw new IllegalArgumentException(where + "interval must be > 0 seconds, was " + intervalSeconds.getAsDouble());
        }
        if (count < 0) {
            throw new IllegalArgumentException(where + "count must be >= 0 (0 = unset), was " + count);
        }
        if (!(initialDelaySeconds >= 0)) {
            throw new IllegalArgumentException(where + "initialDelay must be >= 0 seconds, was " + initialDelaySeconds);
        }
        if (consecutiveSuccessLimit < 0) {
            throw new IllegalArgumentException(where + "consecutiveSuccessLimit must be >= 0");
        }
        if (failureLimit < FAILURE_LIMIT_DISABLED) {
            throw new IllegalArgumentException(where + "failureLimit must be >= 0, or -1 to be disabled");
        }
        if (consecutiveSuccessLimit == 0 && failureLimit == FAILURE_LIMIT_DISABLED) {
            throw new IllegalArgumentException(where + "failureLimit and consecutiveSuccessLimit cannot both be disabled");
        }
        if (inconclusiveLimit < 0) {
            throw new IllegalArgumentException(where + "inconclusiveLimit must be >= 0");
        }
        if (consecutiveErrorLimit < 0) {
            throw new IllegalArgumentException(where + "consecutiveErrorLimit must be >= 0");
        }
        if (count > 0) {
            if (failureLimit >= 0 && count < failureLimit + consecutiveSuccessLimit) {
                throw new IllegalArgumentException(where + "count (" + count + ") must be >= failureLimit + consecutiveSuccessLimit ("
                        + failureLimit + " + " + consecutiveSuccessLimit + ") if both >= 0");
            }
            if (failureLimit < 0 && count < consecutiveSuccessLimit) {
                throw new IllegalArgumentException(where + "count must be >= consecutiveSuccessLimit");
            }
            if (count < inconclusiveLimit) {
                throw new IllegalArgumentException(where + "count must be >= inconclusiveLimit");
            }
        }
        if (count > 1 && intervalSeconds.isEmpty()) {
            throw new IllegalArgumentException(where + "interval must be specified when count > 1");
        }
    }

    /** A metric with every field at Argo's default: one measurement, no conditions (always Successful). */
    public static MetricSpec named(String name) {
        return new MetricSpec(name, OptionalDouble.empty(), COUNT_UNSET, DEFAULT_INITIAL_DELAY_SECONDS, Optional.empty(),
                Optional.empty(), DEFAULT_FAILURE_LIMIT, DEFAULT_INCONCLUSIVE_LIMIT, DEFAULT_CONSECUTIVE_ERROR_LIMIT,
                DEFAULT_CONSECUTIVE_SUCCESS_LIMIT, false);
    }

    /**
     * How many measurements end the metric ({@code Metric.EffectiveCount}, analysis_types.go): the count if set;
     * 1 if neither count nor interval is set; none (run until stopped) with an interval and no count.
     */
    public OptionalInt effectiveCount() {
        if (count == COUNT_UNSET) {
            return intervalSeconds.isEmpty() ? OptionalInt.of(1) : OptionalInt.empty();
        }
        return OptionalInt.of(count);
    }

    public MetricSpec withInterval(double seconds) {
        return new MetricSpec(name, OptionalDouble.of(seconds), count, initialDelaySeconds, successCondition,
                failureCondition, failureLimit, inconclusiveLimit, consecutiveErrorLimit, consecutiveSuccessLimit, dryRun);
    }

    public MetricSpec withCount(int newCount) {
        return new MetricSpec(name, intervalSeconds, newCount, initialDelaySeconds, successCondition, failureCondition,
                failureLimit, inconclusiveLimit, consecutiveErrorLimit, consecutiveSuccessLimit, dryRun);
    }

    public MetricSpec withInitialDelay(double seconds) {
        return new MetricSpec(name, intervalSeconds, count, seconds, successCondition, failureCondition, failureLimit,
                inconclusiveLimit, consecutiveErrorLimit, consecutiveSuccessLimit, dryRun);
    }

    public MetricSpec withSuccessCondition(String condition) {
        return new MetricSpec(name, intervalSeconds, count, initialDelaySeconds,
                Optional.of(ConditionExpression.parse(condition)), failureCondition, failureLimit, inconclusiveLimit,
                consecutiveErrorLimit, consecutiveSuccessLimit, dryRun);
    }

    public MetricSpec withFailureCondition(String condition) {
        return new MetricSpec(name, intervalSeconds, count, initialDelaySeconds, successCondition,
                Optional.of(ConditionExpression.parse(condition)), failureLimit, inconclusiveLimit,
                consecutiveErrorLimit, consecutiveSuccessLimit, dryRun);
    }

    public MetricSpec withFailureLimit(int limit) {
        return new MetricSpec(name, intervalSeconds, count, initialDelaySeconds, successCondition, failureCondition,
                limit, inconclusiveLimit, consecutiveErrorLimit, consecutiveSuccessLimit, dryRun);
    }

    public MetricSpec withInconclusiveLimit(int limit) {
        return new MetricSpec(name, intervalSeconds, count, initialDelaySeconds, successCondition, failureCondition,
                failureLimit, limit, consecutiveErrorLimit, consecutiveSuccessLimit, dryRun);
    }

    public MetricSpec withConsecutiveErrorLimit(int limit) {
        return new MetricSpec(name, intervalSeconds, count, initialDelaySeconds, successCondition, failureCondition,
                failureLimit, inconclusiveLimit, limit, consecutiveSuccessLimit, dryRun);
    }

    public MetricSpec withConsecutiveSuccessLimit(int limit) {
        return new MetricSpec(name, intervalSeconds, count, initialDelaySeconds, successCondition, failureCondition,
                failureLimit, inconclusiveLimit, consecutiveErrorLimit, limit, dryRun);
    }

    public MetricSpec asDryRun() {
        return new MetricSpec(name, intervalSeconds, count, initialDelaySeconds, successCondition, failureCondition,
                failureLimit, inconclusiveLimit, consecutiveErrorLimit, consecutiveSuccessLimit, true);
    }
}
