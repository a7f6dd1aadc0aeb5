/**
 * Nodes, the scheduler and the node autoscalers, as pure decision logic with explicit times (seconds).
 *
 * <ul>
 *   <li>{@link io.cloudmart.sim.model.cluster.InstanceTypes} and {@link io.cloudmart.sim.model.cluster.Allocatable}:
 *       EC2 types with prices, and what a node leaves to pods under the EKS AMI's reservations;</li>
 *   <li>{@link io.cloudmart.sim.model.cluster.Cluster} and {@link io.cloudmart.sim.model.cluster.Node}: the nodes,
 *       their states and the pods bound to them;</li>
 *   <li>{@link io.cloudmart.sim.model.cluster.Scheduler}: kube-scheduler's NodeResourcesFit filter and its
 *       LeastAllocated / MostAllocated scores, with the scheduler's own failure message;</li>
 *   <li>{@link io.cloudmart.sim.model.cluster.ClusterAutoscaler}: node groups grown by an expander and shrunk
 *       after nodes stay unneeded;</li>
 *   <li>{@link io.cloudmart.sim.model.cluster.KarpenterProvisioner}: batches pending pods, launches the cheapest
 *       fitting instance types, consolidates.</li>
 * </ul>
 * The autoscalers return typed decisions; the integrator applies them to its {@code Cluster} from a periodic
 * controller. Randomness only comes from {@link io.cloudmart.sim.core.random.RandomStream}s handed in; every
 * iteration is in list or insertion order.
 */
package io.cloudmart.sim.model.cluster;
