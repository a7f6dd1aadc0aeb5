/**
 * The Kubernetes Vertical Pod Autoscaler's decisions as pure logic, driven by the caller's clock: the
 * recommender ({@link io.cloudmart.sim.model.autoscale.vpa.Recommender}: usage samples into
 * {@link io.cloudmart.sim.model.autoscale.vpa.DecayingHistogram}s over
 * {@link io.cloudmart.sim.model.autoscale.vpa.ExponentialBuckets}, then percentile, safety margin, confidence
 * and minimum into a {@link io.cloudmart.sim.model.autoscale.vpa.Recommendation}), the updater
 * ({@link io.cloudmart.sim.model.autoscale.vpa.Updater}: which pods to evict this loop, with a typed
 * {@link io.cloudmart.sim.model.autoscale.vpa.EvictionDecision} per pod), the
 * {@link io.cloudmart.sim.model.autoscale.vpa.UpdateMode}s, and a
 * {@link io.cloudmart.sim.model.autoscale.vpa.RightSizing} report row.
 *
 * <p>Follows kubernetes/autoscaler {@code vertical-pod-autoscaler/pkg/recommender} and {@code pkg/updater}
 * (HEAD 55c37cd, read for this package); knobs carry the upstream flag and field names. Like upstream,
 * resource amounts are whole millicores and bytes, truncated at every step. Times are simulated seconds; nothing
 * here schedules events or draws random numbers.
 */
package io.cloudmart.sim.model.autoscale.vpa;
