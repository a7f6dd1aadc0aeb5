/**
 * Canary analysis as pure, time-driven models: Argo Rollouts' AnalysisRun
 * ({@link io.cloudmart.sim.model.rollout.analysis.AnalysisRun}: conditions, measurement phases, metric assessment,
 * scheduling, run phase; read in argoproj/argo-rollouts @9f8d111) and Flagger's simpler threshold checks
 * ({@link io.cloudmart.sim.model.rollout.analysis.FlaggerCanary}; read in fluxcd/flagger @15bd6ad). Values come
 * from a {@link io.cloudmart.sim.model.rollout.analysis.MetricSource}; times are simulated seconds. The AnalysisRun
 * is run over a shop by {@link io.cloudmart.sim.model.control.RolloutLoop}, Flagger's by
 * {@link io.cloudmart.sim.model.control.FlaggerLoop}.
 */
package io.cloudmart.sim.model.rollout.analysis;
