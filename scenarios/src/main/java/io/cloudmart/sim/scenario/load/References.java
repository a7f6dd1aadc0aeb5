package io.cloudmart.sim.scenario.load;

import io.cloudmart.sim.scenario.spec.DatastoreSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.TopicSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * References between sections (a step calling {@code payment.charge}, querying {@code orders-db},
 * publishing to a topic …), noted while binding and checked once the whole scenario is bound, so
 * the order of sections in the file does not matter. Unknown names get a "did you mean" and the
 * list of known ones. Calls also form a graph, and a cycle (a request that would never end) is
 * reported at the call that closes it.
 */
final class References {
    private enum Kind { ENDPOINT, STORE, CACHE, TOPIC, SAGA, VERSION, GROUP, MESH_SERVICE }

    /** One reference: at {@code path}, of {@code kind}, naming {@code name} (and {@code member} of it). */
    private record Ref(Kind kind, String path, String name, String member) {
    }

    /** A call edge: {@code from} (an endpoint {@code a.b}, a saga {@code saga X}, or null for a journey) to {@code to}. */
    private record Edge(String from, String to, String path) {
    }

    private final Problems problems;
    private final List<Ref> refs = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    References(Problems problems) {
        this.problems = problems;
    }

    /** A call from {@code caller} ({@code service.endpoint}, {@code saga X}, or null) to {@code service.endpoint}. */
    void call(String path, String caller, String service, String endpoint) {
        refs.add(new Ref(Kind.ENDPOINT, path, service, endpoint));
        if (caller != null) {
            edges.add(new Edge(caller, service + "." + endpoint, path));
        }
    }

    /** A query of {@code op} on {@code store}, written in the mapping at {@code path} ({@code store}, {@code op}). */
    void store(String path, String store, String op) {
        refs.add(new Ref(Kind.STORE, path, store, op));
    }

    void cache(String path, String name) {
        refs.add(new Ref(Kind.CACHE, path, name, null));
    }

    void topic(String path, String name) {
        refs.add(new Ref(Kind.TOPIC, path, name, null));
    }

    void group(String path, String topic, String group) {
        refs.add(new Ref(Kind.GROUP, path, topic, group));
    }

    /** A run of saga {@code name} by endpoint {@code caller}. */
    void saga(String path, String caller, String name) {
        refs.add(new Ref(Kind.SAGA, path, name, null));
        edges.add(new Edge(caller, sagaNode(name), path));
    }

    void version(String path, String service, String version) {
        refs.add(new Ref(Kind.VERSION, path, service, version));
    }

    /** A mesh policy for {@code service}, written as a key at {@code path}. */
    void meshService(String path, String service) {
        refs.add(new Ref(Kind.MESH_SERVICE, path, service, null));
    }

    static String sagaNode(String saga) {
        return "saga " + saga;
    }

    /** Reports every reference to something {@code spec} does not have, then every call cycle. */
    void check(ScenarioSpec spec) {
        for (Ref ref : refs) {
            switch (ref.kind()) {
                case ENDPOINT -> checkEndpoint(ref, spec.services());
                case STORE -> checkStore(ref, spec.datastores());
                case CACHE -> unknown(ref, "cache", "Caches", "caches", spec.caches().keySet());
                case TOPIC -> {
                    if (spec.kafka() == null || !spec.kafka().topics().isEmpty()) {
                        unknown(ref, "topic", "Topics", "kafka.topics", topics(spec).keySet());
                    }
                }
                case SAGA -> unknown(ref, "saga", "Sagas", "sagas", spec.sagas().keySet());
                case GROUP -> checkGroup(ref, topics(spec));
                case VERSION -> checkVersion(ref, spec.services());
                case MESH_SERVICE -> {
                    if (!spec.services().isEmpty() && !spec.services().containsKey(ref.name())) {
                        problems.add(ref.path(), Problems.Anchor.KEY, unknownMessage("service", "Services",
                                ref.name(), spec.services().keySet()));
                    }
                }
                default -> throw new IllegalStateException(ref.kind().name());
            }
        }
        checkCycles();
    }

    private static Map<String, TopicSpec> topics(ScenarioSpec spec) {
        return spec.kafka() == null ? Map.of() : spec.kafka().topics();
    }

    private void checkEndpoint(Ref ref, Map<String, ServiceSpec> services) {
        ServiceSpec called = services.get(ref.name());
        if (called == null) {
            if (!services.isEmpty()) {
                problems.at(ref.path(), unknownMessage("service", "Services", ref.name(), services.keySet()));
            }
        } else if (!called.endpoints().isEmpty() && !called.endpoints().containsKey(ref.member())) {
            problems.at(ref.path(), member("service", ref.name(), "endpoint", "Endpoints", ref.member(),
                    called.endpoints().keySet()));
        }
    }

    private void checkStore(Ref ref, Map<String, DatastoreSpec> stores) {
        DatastoreSpec store = stores.get(ref.name());
        if (store == null) {
            unknown(new Ref(ref.kind(), Locations.child(ref.path(), "store"), ref.name(), null), "datastore",
                    "Datastores", "datastores", stores.keySet());
        } else if (!store.operations().isEmpty() && !store.operations().containsKey(ref.member())) {
            problems.at(Locations.child(ref.path(), "op"), member("datastore", ref.name(), "operation", "Operations", ref.member(),
                    store.operations().keySet()));
        }
    }

    private void checkGroup(Ref ref, Map<String, TopicSpec> topics) {
        TopicSpec topic = topics.get(ref.name());
        if (topic != null && !topic.consumers().containsKey(ref.member())) {
            problems.at(ref.path(), topic.consumers().isEmpty()
                    ? "topic '" + ref.name() + "' has no consumer groups; add one under kafka.topics." + ref.name() + ".consumers"
                    : member("topic", ref.name(), "consumer group", "Groups", ref.member(), topic.consumers().keySet()));
        }
    }

    private void checkVersion(Ref ref, Map<String, ServiceSpec> services) {
        ServiceSpec service = services.get(ref.name());
        if (service != null && !service.versions().containsKey(ref.member())) {
            problems.at(ref.path(), member("service", ref.name(), "version", "Versions", ref.member(),
                    service.versions().keySet()));
        }
    }

    private void unknown(Ref ref, String what, String plural, String section, Collection<String> known) {
        if (known.contains(ref.name())) {
            return;
        }
        problems.at(ref.path(), known.isEmpty()
                ? "unknown " + what + " '" + SafeText.shown(ref.name()) + "': the scenario defines none; add it under '" + section + "'"
                : unknownMessage(what, plural, ref.name(), known));
    }

    private static String unknownMessage(String what, String plural, String name, Collection<String> known) {
        return "unknown " + what + " '" + SafeText.shown(name) + "'" + Binding.orPeriod(Suggest.didYouMean(name, known))
                + " " + plural + ": " + Suggest.listed(known);
    }

    private static String member(String ownerWhat, String owner, String what, String plural, String name,
                                 Collection<String> known) {
        return ownerWhat + " '" + SafeText.shown(owner) + "' has no " + what + " '" + SafeText.shown(name) + "'"
                + Binding.orPeriod(Suggest.didYouMean(name, known)) + " " + plural + ": " + Suggest.listed(known);
    }

    // ---------------------------------------------------------------- cycles and depth

    /**
     * Walks the call graph depth first, without recursion (a chain of thousands of calls must not
     * overflow the stack): a call back to an endpoint still on the path is a cycle, reported at
     * that call; and the longest chain of nested calls may be at most {@link Maxima#CALL_DEPTH}.
     */
    private void checkCycles() {
        Map<String, List<Edge>> out = new LinkedHashMap<>();
        for (Edge edge : edges) {
            out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
        }
        Map<String, Integer> depth = new HashMap<>();   // finished nodes: the longest chain of calls below them
        Set<String> onPath = new HashSet<>();
        for (String start : out.keySet()) {
            if (depth.containsKey(start)) {
                continue;
            }
            Deque<Visit> path = new ArrayDeque<>();
            path.push(new Visit(start, out.getOrDefault(start, List.of())));
            onPath.add(start);
            while (!path.isEmpty()) {
                Visit top = path.peek();
                if (top.next < top.edges.size()) {
                    Edge edge = top.edges.get(top.next++);
                    if (onPath.contains(edge.to())) {
                        reportCycle(path, edge);
                    } else if (!depth.containsKey(edge.to())) {
                        path.push(new Visit(edge.to(), out.getOrDefault(edge.to(), List.of())));
                        onPath.add(edge.to());
                    }
                    continue;
                }
                path.pop();
                onPath.remove(top.node);
                int below = 0;
                for (Edge edge : top.edges) {
                    below = Math.max(below, 1 + depth.getOrDefault(edge.to(), 0));
                }
                depth.put(top.node, below);
            }
        }
        checkDepth(out, depth);
    }

    /** A node on the walk's path and how far its calls have been followed. */
    private static final class Visit {
        final String node;
        final List<Edge> edges;
        int next;

        Visit(String node, List<Edge> edges) {
            this.node = node;
            this.edges = edges;
        }
    }

    private void reportCycle(Deque<Visit> path, Edge closing) {
        List<String> cycle = new ArrayList<>();
        boolean inCycle = false;
        for (java.util.Iterator<Visit> it = path.descendingIterator(); it.hasNext(); ) {
            String node = it.next().node;
            inCycle |= node.equals(closing.to());
            if (inCycle) {
                cycle.add(node);
            }
        }
        cycle.add(closing.to());
        String shown = cycle.size() <= 8 ? String.join(" → ", cycle)
                : String.join(" → ", cycle.subList(0, 4)) + " → … → " + String.join(" → ", cycle.subList(cycle.size() - 3, cycle.size()));
        problems.at(closing.path(), "call cycle " + shown + ": a request would never end; remove one of these calls");
    }

    /** Reports the first endpoint whose calls nest deeper than {@link Maxima#CALL_DEPTH}, at its first call. */
    private void checkDepth(Map<String, List<Edge>> out, Map<String, Integer> depth) {
        for (Map.Entry<String, List<Edge>> node : out.entrySet()) {
            int below = depth.getOrDefault(node.getKey(), 0);
            if (below > Maxima.CALL_DEPTH) {
                problems.at(node.getValue().get(0).path(), "the calls from " + SafeText.shown(node.getKey())
                        + " nest " + below + " deep (a call that calls another that calls another …); at most "
                        + Maxima.CALL_DEPTH + " are allowed");
                return;
            }
        }
    }
}
