package io.cloudmart.sim.model.rollout.analysis;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.OptionalInt;

/**
 * A metric's phase from its counters: {@code assessMetricStatus} and {@code assessMetricFailureInconclusiveOrError}
 * in {@code analysis/analysis.go}. Measurements here complete at once, so Argo's "in-flight measurement → Running"
 * case does not arise.
 */
public final class MetricAssessor {
    private MetricAssessor() {
    }

    /**
     * @param terminating whether the run is stopping (asked to, or another metric already ended Failed, Error or
     *                    Inconclusive); a metric that has not failed then ends Successful
     */
    public static MetricAssessment assess(MetricSpec metric, MetricTally tally, boolean terminating) {
        if (tally.measurements() == 0) {
            return MetricAssessment.of(terminating ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.PENDING);
        }
        MetricAssessment limitExceeded = limitExceeded(metric, tally);
        if (limitExceeded != null) {
            return limitExceeded;
        }
        int successLimit = metric.consecutiveSuccessLimit();
        if (successLimit > 0 && tally.consecutiveSuccess() >= successLimit) {
            return new MetricAssessment(AnalysisPhase.SUCCESSFUL, "consecutiveSuccessLimit (" + successLimit + ") reached");
        }
        OptionalInt effectiveCount = metric.effectiveCount();
        if (effectiveCount.isPresent() && tally.count() >= effectiveCount.getAsInt()) {
            return atCount(metric, effectiveCount.getAsInt());
        }
        return MetricAssessment.of(terminating ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.RUNNING);
    }

    /**
     * The three limits, checked in Argo's order failed, inconclusive, consecutive errors; each check that trips
     * overwrites the previous one, so when several trip at once Error beats Inconclusive beats Failed. Returns
     * null when none trips.
     */
    static MetricAssessment limitExceeded(MetricSpec metric, MetricTally tally) {
        MetricAssessment verdict = null;
        int failureLimit = metric.failureLimit();
        if (failureLimit >= 0 && tally.failed() > failureLimit) {
            verdict = new MetricAssessment(AnalysisPhase.FAILED,
                    "failed (" + tally.failed() + ") > failureLimit (" + failureLimit + ")");
        }
        if (tally.inconclusive() > metric.inconclusiveLimit()) {
            verdict = new MetricAssessment(AnalysisPhase.INCONCLUSIVE,
                    "inconclusive (" + tally.inconclusive() + ") > inconclusiveLimit (" + metric.inconclusiveLimit() + ")");
        }
        if (tally.consecutiveError() > metric.consecutiveErrorLimit()) {
            verdict = new MetricAssessment(AnalysisPhase.ERROR, "consecutiveErrors (" + tally.consecutiveError()
                    + ") > consecutiveErrorLimit (" + metric.consecutiveErrorLimit() + ")");
        }
        return verdict;
    }

    /**
     * The count is reached and no limit tripped. With a consecutiveSuccessLimit that was not reached, the metric is
     * Inconclusive if the failure limit also applies, Failed if it is disabled (−1); otherwise Successful.
     */
    private static MetricAssessment atCount(MetricSpec metric, int effectiveCount) {
        boolean failureApplicable = metric.failureLimit() >= 0;
        boolean successApplicable = metric.consecutiveSuccessLimit() > 0;
        if (successApplicable && failureApplicable) {
            return new MetricAssessment(AnalysisPhase.INCONCLUSIVE, "consecutiveSuccessLimit ("
                    + metric.consecutiveSuccessLimit() + ") not reached and failureLimit (" + metric.failureLimit()
                    + ") not violated");
        }
        if (successApplicable) {
            return new MetricAssessment(AnalysisPhase.FAILED,
                    "consecutiveSuccessLimit (" + metric.consecutiveSuccessLimit() + ") not reached");
        }
        return new MetricAssessment(AnalysisPhase.SUCCESSFUL, "count (" + effectiveCount + ") reached");
    }
}
