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
    private final Map<String, AnalysisMetric> runMetrics = new LinkedHashMap<>();
    private final List<RolloutSummary.Measurement> measurements = new ArrayList<>();

    AnalysisMeasurer(VersionMetrics metrics, String version, ControlJournal journal, String name) {
        this.metrics = metrics;
        this.version = version;
        this.journal = journal;
        this.name = name;
    }

    /** A new AnalysisRun over {@code of}, started at {@code now}, whose measurements this takes. */
    AnalysisRun newRun(List<AnalysisMetric> of, double now) {
        runMetrics.clear();
        for (AnalysisMetric metric : of) {
            runMetrics.put(metric.spec().name(), metric);
        }
        return new AnalysisRun(runMetrics.values().stream().map(AnalysisMetric::spec).toList(), now);
    }

    /** The value of the current run's metric {@code metricName} at {@code now}. */
    double measure(String metricName, double now) {
        AnalysisMetric metric = runMetrics.get(metricName);
        double value = metric.metric().read(metrics, version, now, metric.windowSeconds());
        AnalysisPhase phase = MeasurementEvaluator.evaluate(metric.spec(), value).phase();
        measurements.add(new RolloutSummary.Measurement(now, metricName, value, phase));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("metric", metricName);
        inputs.put("value", value);
        inputs.put("phase", phase.fieldValue());
        journal.record(name, "measurement", inputs);
        return value;
    }

    /** Every measurement taken so far, in order. */
    List<RolloutSummary.Measurement> measurements() {
        return measurements;
    }
}
