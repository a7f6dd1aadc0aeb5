package io.cloudmart.sim.model.rollout.analysis;

import io.cloudmart.sim.model.rollout.AnalysisPhase;

/**
 * The counters of a metric's {@code MetricResult} ({@code pkg/apis/rollouts/v1alpha1/analysis_types.go}), updated
 * per completed measurement as {@code runMeasurements} in {@code analysis/analysis.go} does. {@code count} counts
 * every measurement but errors; an error resets the consecutive successes, any other outcome the consecutive errors.
 */
public record MetricTally(int measurements, int count, int successful, int failed, int inconclusive, int error,
        int consecutiveError, int consecutiveSuccess) {

    public static final MetricTally EMPTY = new MetricTally(0, 0, 0, 0, 0, 0, 0, 0);

    /** The tally after one more measurement with this phase. */
    public MetricTally record(AnalysisPhase measurementPhase) {
        int taken = measurements + 1;
        return switch (measurementPhase) {
            case SUCCESSFUL -> new MetricTally(taken, count + 1, successful + 1, failed, inconclusive, error, 0,
                    consecutiveSuccess + 1);
            case FAILED -> new MetricTally(taken, count + 1, successful, failed + 1, inconclusive, error, 0, 0);
            case INCONCLUSIVE -> new MetricTally(taken, count + 1, successful, failed, inconclusive + 1, error, 0, 0);
            case ERROR -> new MetricTally(taken, count, successful, failed, inconclusive, error + 1,
                    consecutiveError + 1, 0);
            case RUNNING, PENDING -> throw new IllegalArgumentException(
                    "a measurement completes as Successful, Failed, Inconclusive or Error, not " + measurementPhase);
        };
    }
}
