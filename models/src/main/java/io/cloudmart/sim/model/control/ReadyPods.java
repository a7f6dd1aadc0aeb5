package io.cloudmart.sim.model.control;

import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;

/** The Ready pods of a Deployment: what a rollout machine is told of each revision ({@code availableReplicas}). */
final class ReadyPods {
    private ReadyPods() {
    }

    static int of(Deployment deployment) {
        int ready = 0;
        for (Pod pod : deployment.pods()) {
            if (pod.state() == PodState.READY) {
                ready++;
            }
        }
        return ready;
    }
}
