package io.cloudmart.sim.model.gitops;

import java.util.Objects;

/**
 * One live field an Application's manifests set and its controller compares: a Deployment's replicas, an HPA, or a
 * Rollout's pod template.
 *
 * @param kind what it is
 * @param name the service (replicas, HPA) or the rollout
 */
public record ManagedField(Kind kind, String name) {
    /** The kinds of field. */
    public enum Kind {
        REPLICAS("replicas"), HPA("hpa"), ROLLOUT("rollout");

        private final String fieldValue;

        Kind(String fieldValue) {
            this.fieldValue = fieldValue;
        }

        /** The name events.jsonl and results.json use. */
        public String fieldValue() {
            return fieldValue;
        }
    }

    public ManagedField {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** The field a manual change edits. */
    public static ManagedField of(LiveEdit edit) {
        return of((GitChange) edit);
    }

    /** The field a commit's change sets. */
    public static ManagedField of(GitChange change) {
        if (change instanceof GitChange.ScaleDeployment s) {
            return new ManagedField(Kind.REPLICAS, s.service());
        }
        if (change instanceof GitChange.ApplyHpa h) {
            return new ManagedField(Kind.HPA, h.service());
        }
        if (change instanceof GitChange.RemoveHpa r) {
            return new ManagedField(Kind.HPA, r.service());
        }
        return new ManagedField(Kind.ROLLOUT, ((GitChange.UpdateRolloutImage) change).rollout());
    }

    /** {@code replicas/catalog}, as events.jsonl writes it. */
    @Override
    public String toString() {
        return kind.fieldValue() + "/" + name;
    }
}
