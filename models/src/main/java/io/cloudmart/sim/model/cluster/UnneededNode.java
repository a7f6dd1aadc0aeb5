package io.cloudmart.sim.model.cluster;

/**
 * A node the Cluster Autoscaler finds unneeded: below the utilization threshold, with every pod able to
 * move to another node.
 *
 * @param node        the node
 * @param utilization {@code max(cpu requests / allocatable cpu, memory requests / allocatable memory)}, DaemonSets included
 * @param since       when it was first found unneeded without a break, seconds
 */
public record UnneededNode(Node node, double utilization, double since) {
}
