package io.cloudmart.sim.model.control;

import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Service;

/**
 * What an HPA's {@code scaleTargetRef} points at, as the HPA controller sees it through the scale subresource:
 * {@code spec.replicas} to read and write, and the pods its selector picks (every pod of the service, all versions:
 * a Deployment's selector here, or a Rollout's, whose {@code status.selector} matches both ReplicaSets).
 */
public interface ScaleTarget {
    /** The service whose pods the target's selector picks. */
    Service service();

    /** {@code spec.replicas}. */
    int replicas();

    /** Writes {@code spec.replicas}; the owner of the pods then creates or deletes them. */
    void scaleTo(int replicas);

    /** A Deployment as its own scale target. */
    static ScaleTarget of(Deployment deployment) {
        return new ScaleTarget() {
            @Override
            public Service service() {
                return deployment.service();
            }

            @Override
            public int replicas() {
                return deployment.replicas();
            }

            @Override
            public void scaleTo(int replicas) {
                deployment.scaleTo(replicas);
            }
        };
    }
}
