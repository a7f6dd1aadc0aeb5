package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.analysis.AnalysisRun;
import io.cloudmart.sim.model.rollout.analysis.MeasurementEvaluator;
import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * Takes an AnalysisRun's measurements of one version (the canary, or a blue-green preview) from its per-version
 * metrics, as Argo's Prometheus provider queries: each value, with the phase Argo gives it, is kept for results.json
 * and journaled.
 */
final class AnalysisMeasurer {
    private final VersionMetrics metrics;
    private final String version;
    private final ControlJournal journal;
    private final String name;
    private final List<RolloutSummary.Measurement> measurements = new ArrayList<>();

    AnalysisMeasurer(VersionMetrics metrics, String version, ControlJournal journal, String name) {
        this.metrics = metrics;
        this.version = version;
        this.journal = journal;
        this.name = name;
    }

    /**
     * A new AnalysisRun over {@code of}, started at {@code now}, whose measurements this takes; a {@code background}
     * run's ({@code canary.analysis}) are marked so in the journal.
     */
    LiveAnalysis newRun(List<AnalysisMetric> of, double now, boolean background) {
        return new LiveAnalysis(of, now, (metric, at) -> measure(metric, at, background));
    }

    /** The value of {@code metric} at {@code now}, kept and journaled with the phase Argo gives it. */
    private double measure(AnalysisMetric metric, double now, boolean background) {
        String metricName = metric.spec().name();
        double value = metric.metric().read(metrics, version, now, metric.windowSeconds());
        AnalysisPhase phase = MeasurementEvaluator.evaluate(metric.spec(), value).phase();
        measurements.add(new RolloutSummary.Measurement(now, metricName, value, phase));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("metric", metricName);
        inputs.put("value", value);
        inputs.put("phase", phase.fieldValue());
        if (background) {
            inputs.put("analysis", "background");
        }
        journal.record(name, "measurement", inputs);
        return value;
    }

    /** Every measurement taken so far, in order. */
    List<RolloutSummary.Measurement> measurements() {
        return measurements;
    }
}
