package io.cloudmart.sim.model.control;

import io.cloudmart.sim.model.cluster.Node;
import io.cloudmart.sim.model.cluster.SchedulablePod;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodPlacer;

/**
 * One pod as the scheduler and the node autoscalers see it: its requests (sidecar included), the node it is
 * bound to, and while it waits, since when and why. One object per pod for its whole life, since nodes hold
 * pods by identity.
 */
final class PodPlacement implements SchedulablePod {
    final Pod pod;
    /** Who to tell once the pod is on a node; null for the pods that were Ready at the start. */
    PodPlacer.Placed placed;
    Node node;
    double pendingSince = Double.NaN;
    String reason = "";

    PodPlacement(Pod pod, PodPlacer.Placed placed) {
        this.pod = pod;
        this.placed = placed;
    }

    @Override
    public String name() {
        return pod.name();
    }

    @Override
    public double cpuRequest() {
        return pod.requests().cpuCores();
    }

    @Override
    public double memoryRequestMiB() {
        return pod.requests().memoryMiB();
    }

    /** The image this pod needs: one per service version. */
    String image() {
        return pod.service() + ":" + pod.version().name();
    }
}
