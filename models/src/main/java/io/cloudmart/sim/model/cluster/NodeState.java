package io.cloudmart.sim.model.cluster;

/**
 * The life of a node as the scheduler and autoscalers see it.
 *
 * <ul>
 *   <li>{@link #PROVISIONING}: the instance was asked for and has not registered Ready; the scheduler does
 *       not see it, the autoscalers count it as upcoming capacity;</li>
 *   <li>{@link #READY}: schedulable;</li>
 *   <li>{@link #CORDONED}: {@code spec.unschedulable}; keeps its pods, takes no new ones;</li>
 *   <li>{@link #DELETING}: being drained and removed; takes no new pods.</li>
 * </ul>
 */
public enum NodeState {
    PROVISIONING,
    READY,
    CORDONED,
    DELETING
}
