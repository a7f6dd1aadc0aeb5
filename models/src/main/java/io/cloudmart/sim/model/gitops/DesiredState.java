package io.cloudmart.sim.model.gitops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;

/**
 * What Git holds for the managed fields at one revision: each Deployment's replicas, each HPA's spec (absent from
 * Git once removed), and whether each Rollout's pod template has the new image. Immutable; a commit gives the next
 * revision ({@link #after}).
 */
public final class DesiredState {
    /** A field's value in Git: an Integer (replicas), an {@link HpaSpec} or {@link #ABSENT} (HPA), a Boolean (rollout). */
    private final Map<ManagedField, Object> values;

    /** The value of an HPA removed from Git. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "absent";
        }
    };

    private DesiredState(Map<ManagedField, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Git at the start: the live values of {@code fields}, read from {@code cluster}, in that order. */
    public static DesiredState of(Iterable<ManagedField> fields, LiveCluster cluster) {
        Map<ManagedField, Object> values = new LinkedHashMap<>();
        for (ManagedField field : fields) {
            values.put(field, live(field, cluster));
        }
        return new DesiredState(values);
    }

    /** The field's value on the live cluster, compared the way {@link #value} holds it. */
    public static Object live(ManagedField field, LiveCluster cluster) {
        return switch (field.kind()) {
            case REPLICAS -> cluster.replicas(field.name());
            case HPA -> {
                HpaSpec spec = cluster.hpa(field.name());
                yield spec == null ? ABSENT : spec;
            }
            case ROLLOUT -> cluster.rolloutUpdated(field.name());
        };
    }

    /** The next revision: this one with {@code change} applied. */
    public DesiredState after(GitChange change) {
        ManagedField field = ManagedField.of(change);
        if (!values.containsKey(field)) {
            throw new IllegalArgumentException(field + " is not managed");
        }
        Map<ManagedField, Object> next = new LinkedHashMap<>(values);
        next.put(field, valueOf(change));
        return new DesiredState(next);
    }

    /** The value {@code change} gives its field. */
    public static Object valueOf(GitChange change) {
        if (change instanceof GitChange.ScaleDeployment s) {
            return s.replicas();
        }
        if (change instanceof GitChange.ApplyHpa h) {
            return h.hpa();
        }
        return change instanceof GitChange.RemoveHpa ? ABSENT : Boolean.TRUE;
    }

    /** The managed fields, in the order they were first named. */
    public Iterable<ManagedField> fields() {
        return values.keySet();
    }

    /** Git's value of {@code field}. */
    public Object value(ManagedField field) {
        return Objects.requireNonNull(values.get(field), () -> field + " is not managed");
    }

    /** Whether the live cluster holds Git's value of {@code field}. */
    public boolean matchesLive(ManagedField field, LiveCluster cluster) {
        return value(field).equals(live(field, cluster));
    }
}
