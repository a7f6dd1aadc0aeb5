package io.cloudmart.sim.model.rollout.analysis;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * When a metric's next measurement is due: {@code generateMetricTasks} and {@code calculateNextReconcileTime} in
 * {@code analysis/analysis.go}. The first measurement is due at the run's start plus {@code initialDelay}; the
 * next ones {@code interval} after the previous one finished, or {@link #ERROR_RETRY_INTERVAL_SECONDS} after an
 * Error (interval or not); none once the count is reached. Argo measures when its clock is past the due time and
 * requeues the run for exactly that time; with simulated time "due" means {@code now >= due}.
 */
public final class MeasurementSchedule {
    /** {@code DefaultErrorRetryInterval} in {@code analysis/analysis.go}. */
    public static final double ERROR_RETRY_INTERVAL_SECONDS = 10;

    private MeasurementSchedule() {
    }

    /**
     * @param lastFinishedAt when the previous measurement finished; ignored when {@code tally} has none
     * @param lastPhase      the previous measurement's phase; ignored when {@code tally} has none
     * @return the due time, or empty when the metric takes no more measurements
     */
    public static OptionalDouble nextDue(MetricSpec metric, double runStartedAt, MetricTally tally, double lastFinishedAt,
            AnalysisPhase lastPhase) {
        if (tally.measurements() == 0) {
            return OptionalDouble.of(runStartedAt + metric.initialDelaySeconds());
        }
        OptionalInt effectiveCount = metric.effectiveCount();
        if (effectiveCount.isPresent() && tally.count() >= effectiveCount.getAsInt()) {
            return OptionalDouble.empty();
        }
        if (lastPhase == AnalysisPhase.ERROR) {
            return OptionalDouble.of(lastFinishedAt + ERROR_RETRY_INTERVAL_SECONDS);
        }
        // Without an interval the effective count is 1 and a non-error measurement reached it above.
        return OptionalDouble.of(lastFinishedAt + metric.intervalSeconds().orElseThrow());
    }
}
