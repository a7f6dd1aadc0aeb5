package io.cloudmart.sim.model.rollout.analysis;

/**
 * Flagger's canary analysis, one decision per interval: {@code advanceCanary}, {@code runCanary} and
 * {@code runBuiltinMetricChecks} in fluxcd/flagger {@code pkg/controller/scheduler.go} / {@code scheduler_metrics.go}.
 *
 * <p>Per interval, in Flagger's order: if the failed checks already reached the threshold, roll back (so the
 * rollback comes one interval after the failing check); on the first interval (weight 0) advance without a check;
 * otherwise check the metrics, and a failed check (a value outside its range, or no data) adds one to the failed
 * checks, which are never reset during the analysis; a passing check advances the weight by stepWeight or, at
 * maxWeight, promotes.
 */
public final class FlaggerCanary {
    private final FlaggerAnalysisSpec spec;
    private int canaryWeight;
    private int failedChecks;
    private boolean finished;

    public FlaggerCanary(FlaggerAnalysisSpec spec) {
        this.spec = spec;
    }

    /**
     * @param successRatePercent the canary's non-5xx share in %, NaN = no data
     * @param p99Milliseconds    the canary's P99 request duration in ms, NaN = no data
     */
    public FlaggerDecision onInterval(double successRatePercent, double p99Milliseconds) {
        return onInterval(checkPasses(successRatePercent, p99Milliseconds));
    }

    /**
     * Whether this interval runs the metric checks: the analysis goes on, the threshold is not reached yet and
     * traffic already reaches the canary (Flagger skips the check while the weight is 0).
     */
    public boolean checksThisInterval() {
        return !finished && failedChecks < spec.threshold() && canaryWeight > 0;
    }

    /**
     * One interval whose checks (if {@link #checksThisInterval()}) passed or not; {@code checkPassed} is ignored
     * on an interval without checks.
     */
    public FlaggerDecision onInterval(boolean checkPassed) {
        if (finished) {
            throw new IllegalStateException("the canary analysis already ended");
        }
        if (failedChecks >= spec.threshold()) {
            finished = true;
            canaryWeight = 0;
            return FlaggerDecision.ROLLBACK;
        }
        if (canaryWeight == 0) {
            canaryWeight = Math.min(spec.nextStepWeight(0), FlaggerAnalysisSpec.TOTAL_WEIGHT);
            return FlaggerDecision.ADVANCE;
        }
        if (!checkPassed) {
            failedChecks++;
            return FlaggerDecision.HOLD;
        }
        if (canaryWeight < spec.maxWeight()) {
            canaryWeight = Math.min(canaryWeight + spec.nextStepWeight(canaryWeight), FlaggerAnalysisSpec.TOTAL_WEIGHT);
            return FlaggerDecision.ADVANCE;
        }
        finished = true;
        return FlaggerDecision.PROMOTE;
    }

    /** Out of range means strictly below min / above max; equal passes ({@code val < *tr.Min}, {@code val > *tr.Max}). */
    private boolean checkPasses(double successRatePercent, double p99Milliseconds) {
        if (spec.successRateMin().isPresent()
                && (Double.isNaN(successRatePercent) || successRatePercent < spec.successRateMin().getAsDouble())) {
            return false;
        }
        return spec.durationMaxMilliseconds().isEmpty()
                || (!Double.isNaN(p99Milliseconds) && !(p99Milliseconds > spec.durationMaxMilliseconds().getAsDouble()));
    }

    public int canaryWeight() {
        return canaryWeight;
    }

    public int failedChecks() {
        return failedChecks;
    }

    public boolean finished() {
        return finished;
    }
}
