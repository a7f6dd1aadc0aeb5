package io.cloudmart.sim.model.rollout.analysis;

import io.cloudmart.sim.model.rollout.AnalysisPhase;

/** One metric's state in a run, as Argo's {@code status.metricResults[]} reports it. */
public record MetricStatus(String name, AnalysisPhase phase, String reason, MetricTally tally, boolean dryRun) { }
