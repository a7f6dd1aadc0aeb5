package io.cloudmart.sim.model.rollout.analysis;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An Argo Rollouts AnalysisRun over simulated time: {@code reconcileAnalysisRun} in {@code analysis/analysis.go}.
 * The caller calls {@link #reconcile} at the run's start and then at {@link #nextReconcileAt()}; each call takes the
 * due measurements from a {@link MetricSource} and reassesses. The run's phase is the worst completed phase of its
 * metrics, dry-run metrics left out ({@code assessRunStatus}; order in {@code utils/analysis/helpers.go}).
 *
 * <p>Once a metric that is not dry-run ends Failed, Error or Inconclusive, the run is terminating
 * ({@code IsTerminating}, helpers.go): no new measurements, and every other metric that has not failed ends
 * Successful. Argo applies that at the next reconcile, which its status update triggers at once (the AnalysisRun
 * informer's UpdateFunc in {@code analysis/controller.go}); here it happens in the same call.
 */
public final class AnalysisRun {
    private final double startedAt;
    private final Map<String, MetricState> metrics = new LinkedHashMap<>();
    private boolean terminateRequested;
    private AnalysisPhase phase = AnalysisPhase.PENDING;
    private String message = "";

    private static final class MetricState {
        final MetricSpec spec;
        MetricTally tally = MetricTally.EMPTY;
        double lastFinishedAt = Double.NaN;
        AnalysisPhase lastMeasurementPhase;
        MetricAssessment assessment = MetricAssessment.of(AnalysisPhase.PENDING);

        MetricState(MetricSpec spec) {
            this.spec = spec;
        }

        boolean completed() {
            return assessment.phase().completed();
        }
    }

    /** @throws IllegalArgumentException for no metrics or a duplicate name ({@code ValidateMetrics}, factory.go) */
    public AnalysisRun(List<MetricSpec> metricSpecs, double startedAt) {
        if (metricSpecs.isEmpty()) {
            throw new IllegalArgumentException("no metrics specified");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < metricSpecs.size(); i++) {
            MetricSpec spec = metricSpecs.get(i);
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("metrics[" + i + "]: duplicate name '" + spec.name() + "'");
            }
            metrics.put(spec.name(), new MetricState(spec));
        }
        this.startedAt = startedAt;
    }

    /** Takes the measurements due at {@code now}, then reassesses; returns the run's phase. */
    public AnalysisPhase reconcile(double now, MetricSource source) {
        if (phase.completed()) {
            return phase;
        }
        boolean terminating = terminating();
        if (!terminating) {
            for (MetricState state : metrics.values()) {
                if (!state.completed() && due(state, now)) {
                    measure(state, now, source);
                }
            }
        }
        assess(terminating);
        if (!phase.completed() && terminating()) {
            assess(true);
        }
        return phase;
    }

    /**
     * Stops the run ({@code spec.terminate}, as the rollout does with background analysis when it completes): no
     * more measurements, metrics that have not failed end Successful.
     */
    public AnalysisPhase terminate() {
        if (!phase.completed()) {
            terminateRequested = true;
            assess(true);
        }
        return phase;
    }

    /** The metrics with a measurement due at {@code now}; none once the run is terminating or complete. */
    public List<String> dueMetrics(double now) {
        List<String> due = new ArrayList<>();
        if (!phase.completed() && !terminating()) {
            metrics.values().stream().filter(s -> !s.completed() && due(s, now)).forEach(s -> due.add(s.spec.name()));
        }
        return due;
    }

    /** When the next measurement is due ({@code calculateNextReconcileTime}); empty once the run is complete. */
    public OptionalDouble nextReconcileAt() {
        if (phase.completed()) {
            return OptionalDouble.empty();
        }
        return metrics.values().stream().filter(s -> !s.completed())
                .map(this::nextDue).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).min();
    }

    public AnalysisPhase phase() {
        return phase;
    }

    /** Why the run has its phase, as Argo words it (empty while running or when Successful by count). */
    public String message() {
        return message;
    }

    public boolean completed() {
        return phase.completed();
    }

    public List<MetricStatus> metricStatuses() {
        return metrics.values().stream().map(s -> new MetricStatus(s.spec.name(), s.assessment.phase(),
                s.assessment.reason(), s.tally, s.spec.dryRun())).toList();
    }

    private boolean due(MetricState state, double now) {
        OptionalDouble next = nextDue(state);
        return next.isPresent() && now >= next.getAsDouble();
    }

    private OptionalDouble nextDue(MetricState state) {
        return MeasurementSchedule.nextDue(state.spec, startedAt, state.tally, state.lastFinishedAt,
                state.lastMeasurementPhase);
    }

    private void measure(MetricState state, double now, MetricSource source) {
        double value = source.measure(state.spec.name(), now);
        MeasurementEvaluation evaluation = MeasurementEvaluator.evaluate(state.spec, value);
        state.tally = state.tally.record(evaluation.phase());
        state.lastFinishedAt = now;
        state.lastMeasurementPhase = evaluation.phase();
    }

    /** {@code IsTerminating} in helpers.go: asked to stop, or a non-dry-run metric ended Failed, Error or Inconclusive. */
    private boolean terminating() {
        if (terminateRequested) {
            return true;
        }
        return metrics.values().stream().anyMatch(s -> !s.spec.dryRun() && switch (s.assessment.phase()) {
            case FAILED, ERROR, INCONCLUSIVE -> true;
            default -> false;
        });
    }

    /** {@code assessRunStatus}: metric phases first, then the run's. */
    private void assess(boolean terminating) {
        AnalysisPhase worst = null;
        String worstMessage = "";
        boolean everythingCompleted = true;
        for (MetricState state : metrics.values()) {
            if (state.tally.measurements() == 0) {
                // Argo has no MetricResult yet (e.g. waiting for initialDelay): not assessed, run not complete.
                everythingCompleted = false;
                continue;
            }
            if (!state.completed()) {
                state.assessment = MetricAssessor.assess(state.spec, state.tally, terminating);
            }
            if (!state.completed()) {
                everythingCompleted = false;
            } else if (!state.spec.dryRun()) {
                if (worst == null || AnalysisPhase.worst(worst, state.assessment.phase()) != worst) {
                    worst = state.assessment.phase();
                    MetricAssessment limit = MetricAssessor.limitExceeded(state.spec, state.tally);
                    worstMessage = limit == null ? "" : "Metric \"" + state.spec.name() + "\" assessed "
                            + worst.fieldValue() + " due to " + limit.reason();
                }
            } else if (worst == null) {
                worst = AnalysisPhase.SUCCESSFUL;
            }
        }
        if (terminating) {
            phase = worst == null ? AnalysisPhase.SUCCESSFUL : worst;
            message = worstMessage;
        } else if (!everythingCompleted || worst == null) {
            phase = AnalysisPhase.RUNNING;
            message = "";
        } else {
            phase = worst;
            message = worstMessage;
        }
    }
}
