package io.cloudmart.sim.model.gitops;

import java.util.Objects;

import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;

/** What one commit changes in the manifests Argo CD syncs. */
public sealed interface GitChange {
    /** The kind of change, as results.json and events.jsonl name it. */
    String kind();

    /** The Deployment of a service of one version scaled: its manifest's {@code spec.replicas}. */
    record ScaleDeployment(String service, int replicas) implements GitChange, LiveEdit {
        public ScaleDeployment {
            Objects.requireNonNull(service, "service");
            if (replicas < 0) {
                throw new IllegalArgumentException("replicas must be >= 0, got " + replicas);
            }
        }

        @Override
        public String kind() {
            return "replicas";
        }
    }

    /** A service's HorizontalPodAutoscaler manifest written anew (its bounds, metrics, behavior). */
    record ApplyHpa(String service, HpaSpec hpa) implements GitChange, LiveEdit {
        public ApplyHpa {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(hpa, "hpa");
        }

        @Override
        public String kind() {
            return "hpa";
        }
    }

    /** A service's HorizontalPodAutoscaler manifest deleted from Git: gone from the cluster only with {@code prune}. */
    record RemoveHpa(String service) implements GitChange {
        public RemoveHpa {
            Objects.requireNonNull(service, "service");
        }

        @Override
        public String kind() {
            return "removeHpa";
        }
    }

    /** The new image in a Rollout's pod template: the rollout's update begins when Argo CD syncs it. */
    record UpdateRolloutImage(String rollout) implements GitChange {
        public UpdateRolloutImage {
            Objects.requireNonNull(rollout, "rollout");
        }

        @Override
        public String kind() {
            return "rollout";
        }
    }
}
