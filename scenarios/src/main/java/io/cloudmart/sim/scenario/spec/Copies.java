package io.cloudmart.sim.scenario.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive, order-keeping, unmodifiable copies used by the compact constructors of the records. */
final class Copies {
    private Copies() {
    }

    /** An unmodifiable copy of {@code map} that keeps its iteration order; null keys or values are refused. */
    static <V> Map<String, V> orderedMap(Map<String, V> map, String what) {
        Objects.requireNonNull(map, what);
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, what + " key"),
                Objects.requireNonNull(v, what + " value")));
        return Collections.unmodifiableMap(copy);
    }

    /** An unmodifiable copy of {@code list}; null elements are refused. */
    static <T> List<T> list(List<T> list, String what) {
        return List.copyOf(Objects.requireNonNull(list, what));
    }
}
