package io.cloudmart.sim.model.control;

import io.cloudmart.sim.model.cluster.Node;
import io.cloudmart.sim.model.service.Pod;

/** Hears the cluster's nodes come and go and its pods bind and unbind (the bill is kept from these). */
public interface ClusterWatcher {
    /** {@code node}'s instance was launched (or existed at the start): it is billed from now. */
    default void nodeStarted(Node node, double now) {
    }

    /** {@code node}'s instance stopped: its bill ends now. */
    default void nodeStopped(Node node, double now) {
    }

    /** {@code pod} was bound to {@code node}. */
    default void podBound(Pod pod, Node node, double now) {
    }

    /** {@code pod} left {@code node} (it ended, or was evicted). */
    default void podUnbound(Pod pod, Node node, double now) {
    }
}
