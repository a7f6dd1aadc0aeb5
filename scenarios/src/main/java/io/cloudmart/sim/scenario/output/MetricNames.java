package io.cloudmart.sim.scenario.output;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import io.cloudmart.sim.core.stats.MetricsSnapshot;

/**
 * Finds which components a run had from its metric keys ({@code ds.<name>.latency},
 * {@code saga.<name>.started}, …), so results and reports describe exactly what ran.
 */
public final class MetricNames {
    private final MetricsSnapshot metrics;

    public MetricNames(MetricsSnapshot metrics) {
        this.metrics = metrics;
    }

    private Stream<String> keys() {
        return Stream.of(metrics.tallies().keySet(), metrics.counters().keySet(), metrics.levels().keySet())
                .flatMap(Set::stream);
    }

    /** The {@code <name>} parts of keys {@code <prefix>.<name>.<suffix>}, sorted; names may contain dots only before the suffix. */
    public Set<String> names(String prefix, String suffix) {
        Set<String> names = new LinkedHashSet<>();
        String head = prefix + ".";
        String tail = "." + suffix;
        keys().filter(k -> k.startsWith(head) && k.endsWith(tail) && k.length() > head.length() + tail.length())
                .map(k -> k.substring(head.length(), k.length() - tail.length()))
                .sorted()
                .forEach(names::add);
        return names;
    }

    public boolean has(String key) {
        return metrics.tallies().containsKey(key) || metrics.counters().containsKey(key)
                || metrics.levels().containsKey(key);
    }
}
