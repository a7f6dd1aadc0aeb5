package io.cloudmart.sim.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed summaries a model hands over at the end of a replication beside its metrics (the bill, the cluster's
 * story), found by their type: one object per type.
 */
public final class Attachments {
    public static final Attachments NONE = new Attachments(List.of());

    private final Map<Class<?>, Object> byType = new LinkedHashMap<>();

    public Attachments(List<?> objects) {
        for (Object object : objects) {
            if (byType.put(object.getClass(), object) != null) {
                throw new IllegalArgumentException("two attachments of type " + object.getClass().getName());
            }
        }
    }

    /** The attachment of {@code type}, if the model made one. */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(byType.get(type)).map(type::cast);
    }

    public boolean isEmpty() {
        return byType.isEmpty();
    }
}
