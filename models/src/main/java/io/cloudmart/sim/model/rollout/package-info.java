/**
 * Releases: what a rollout is configured with ({@link io.cloudmart.sim.model.rollout.RolloutConfig}, its analysis
 * metrics over a version's figures) and how it went ({@link io.cloudmart.sim.model.rollout.RolloutReport}). The
 * state machines are in {@code canary}, the analysis in {@code analysis}; the controller that runs them over a shop
 * is {@link io.cloudmart.sim.model.control.RolloutLoop}.
 */
package io.cloudmart.sim.model.rollout;
