package io.cloudmart.sim.model.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.analysis.AnalysisRun;

/**
 * One AnalysisRun of a rollout (a step's, or the background one) over live metrics: the run, and its metrics by name
 * so that each due measurement reads the right figure over the right window.
 */
final class LiveAnalysis {
    /** Reads one metric's value now (and records it). */
    interface Reader {
        double read(AnalysisMetric metric, double now);
    }

    private final AnalysisRun run;
    private final Map<String, AnalysisMetric> metrics = new LinkedHashMap<>();
    private final Reader reader;

    LiveAnalysis(List<AnalysisMetric> metrics, double now, Reader reader) {
        for (AnalysisMetric metric : metrics) {
            this.metrics.put(metric.spec().name(), metric);
        }
        this.reader = reader;
        this.run = new AnalysisRun(metrics.stream().map(AnalysisMetric::spec).toList(), now);
    }

    /** Takes the measurements due at {@code now}; the run's phase after them. */
    AnalysisPhase reconcile(double now) {
        return run.reconcile(now, (name, at) -> reader.read(metrics.get(name), at));
    }

    /** Stops the run ({@code spec.terminate}): no more measurements. */
    void terminate() {
        run.terminate();
    }

    AnalysisPhase phase() {
        return run.phase();
    }

    String message() {
        return run.message();
    }
}
