package io.cloudmart.sim.model.control;

import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.AnalysisPhase;

/**
 * The AnalysisRun a rollout machine waits for before it goes on: a canary's analysis step, a blue-green rollout's
 * pre-promotion analysis. While the machine waits, the run measures on its schedule; when it completes, its phase is
 * journaled ({@code analysisRun<Phase>}) and fed back, which may start the next one at once. A run the machine no
 * longer waits for (a promote skipped the step, an abort ended it) is terminated.
 */
final class AwaitedAnalysis {
    /** What the machine says of the analysis it waits for. */
    interface Waiter {
        boolean awaiting();

        /** The metrics of the run to start now. */
        List<AnalysisMetric> metrics();

        /** The run ended with {@code phase} and Argo's {@code message}. */
        void finished(AnalysisPhase phase, String message, double now);
    }

    private final AnalysisMeasurer measurer;
    private final ControlJournal journal;
    private final String name;
    private final Waiter waiter;
    private LiveAnalysis run;

    AwaitedAnalysis(AnalysisMeasurer measurer, ControlJournal journal, String name, Waiter waiter) {
        this.measurer = measurer;
        this.journal = journal;
        this.name = name;
        this.waiter = waiter;
    }

    /** Takes the measurements due at {@code now} and feeds back every run that completes. */
    void reconcile(double now) {
        if (run != null && !waiter.awaiting()) {
            run.terminate();
            run = null;
        }
        while (waiter.awaiting()) {
            if (run == null) {
                run = measurer.newRun(waiter.metrics(), now, false);
            }
            AnalysisPhase phase = run.reconcile(now);
            if (!phase.completed()) {
                return;
            }
            String message = run.message();
            journal.record(name, "analysisRun" + phase.fieldValue(), Map.of("message", message));
            run = null;
            waiter.finished(phase, message, now);
        }
    }
}
