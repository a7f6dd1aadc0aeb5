/**
 * The decision logic of the Kubernetes HorizontalPodAutoscaler ({@code autoscaling/v2}) as pure Java: the spec
 * ({@link io.cloudmart.sim.model.autoscale.hpa.HpaSpec}, with the API server's defaults), the controller flags
 * ({@link io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings}), the per-metric replica calculation
 * ({@link io.cloudmart.sim.model.autoscale.hpa.ReplicaCalculator}) and the stateful reconcile loop with
 * stabilization and scaling policies ({@link io.cloudmart.sim.model.autoscale.hpa.Hpa}).
 *
 * <p>Everything follows kubernetes/kubernetes {@code pkg/controller/podautoscaler/horizontal.go},
 * {@code replica_calculator.go} and {@code metrics/utilization.go}, and {@code pkg/apis/autoscaling/v2/defaults.go}
 * for the defaults. Nothing here schedules events or reads a clock: the caller passes {@code now} (seconds) and the
 * pods' state on every sync, and applies the returned replica count itself.
 */
package io.cloudmart.sim.model.autoscale.hpa;
