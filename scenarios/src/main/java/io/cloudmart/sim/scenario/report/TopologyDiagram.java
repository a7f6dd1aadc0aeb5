package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudmart.sim.report.Diagram;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.scenario.spec.DatastoreSpec;
import io.cloudmart.sim.scenario.spec.GroupSpec;
import io.cloudmart.sim.scenario.spec.SagaStepSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.StepSpec;
import io.cloudmart.sim.scenario.spec.TopicSpec;

/**
 * The scenario's architecture as a layered diagram, read from the scenario alone: the clients at the top, the
 * gateway when there is one, then the services in layers by the longest chain of calls that reaches them (the
 * services the journeys enter by first), then the databases, caches and Kafka topics, and the topics' consumer groups
 * at the bottom. An arrow is a call (a step's {@code call}, {@code parallel}, a cache miss's steps, a saga's steps and
 * compensations from the service that runs the saga), a query, a cache lookup, or, dashed, a publish and a
 * consumption. Each service is in its report-wide colour. Within a row, boxes are ordered by where their callers
 * stand (their mean position), ties in file order, so the same scenario always draws the same picture.
 */
final class TopologyDiagram {
    static final String CLIENTS = "clients";
    static final String GATEWAY = "gateway";

    private final ScenarioSpec spec;
    private final ServiceColours colours;
    private final Set<Diagram.Edge> edges = new LinkedHashSet<>();

    TopologyDiagram(ScenarioSpec spec) {
        this.spec = spec;
        this.colours = ServiceColours.of(spec);
    }

    static String service(String name) {
        return "svc:" + name;
    }

    static String datastore(String name) {
        return "ds:" + name;
    }

    static String cache(String name) {
        return "cache:" + name;
    }

    static String topic(String name) {
        return "topic:" + name;
    }

    static String group(String topic, String group) {
        return "group:" + topic + "/" + group;
    }

    Diagram build() {
        String entry = spec.gateway() != null ? GATEWAY : CLIENTS;
        if (spec.gateway() != null) {
            edges.add(new Diagram.Edge(CLIENTS, GATEWAY, Diagram.Flow.SYNC));
        }
        spec.load().journeys().values().forEach(j -> edges.add(sync(entry, service(j.service()))));
        spec.services().forEach((name, service) -> service.endpoints().values()
                .forEach(endpoint -> steps(name, endpoint.steps())));
        if (spec.kafka() != null) {
            spec.kafka().topics().forEach((topic, t) -> t.consumers().keySet()
                    .forEach(g -> edges.add(new Diagram.Edge(topic(topic), group(topic, g), Diagram.Flow.ASYNC))));
        }
        List<List<Diagram.Node>> layers = new ArrayList<>();
        layers.add(List.of(new Diagram.Node(CLIENTS, "clients", journeysText(), Line.AUTO)));
        if (spec.gateway() != null) {
            layers.add(List.of(new Diagram.Node(GATEWAY, "gateway", "API gateway", Line.AUTO)));
        }
        layers.addAll(serviceLayers());
        List<Diagram.Node> data = dataNodes();
        if (!data.isEmpty()) {
            layers.add(data);
        }
        List<Diagram.Node> groups = groupNodes();
        if (!groups.isEmpty()) {
            layers.add(groups);
        }
        return new Diagram("Topology of " + spec.name(), ordered(layers), List.copyOf(edges), note());
    }

    private String journeysText() {
        int n = spec.load().journeys().size();
        return n + (n == 1 ? " journey" : " journeys");
    }

    private String note() {
        String mesh = spec.mesh() != null ? " Calls between services pass both services' mesh sidecars." : "";
        return "Arrows: calls and queries (solid), Kafka records published and consumed (dashed); services are layered"
                + " by the longest chain of calls that reaches them, and keep their colour in every chart." + mesh;
    }

    private static Diagram.Edge sync(String from, String to) {
        return new Diagram.Edge(from, to, Diagram.Flow.SYNC);
    }

    /** The arrows of a service's steps, nested ones (parallel calls, a cache miss's steps) included. */
    private void steps(String from, List<StepSpec> steps) {
        for (StepSpec step : steps) {
            String me = service(from);
            if (step instanceof StepSpec.CallStep call) {
                addCall(me, call.service());
            } else if (step instanceof StepSpec.ParallelStep parallel) {
                parallel.calls().forEach(call -> addCall(me, call.service()));
            } else if (step instanceof StepSpec.QueryStep query) {
                edges.add(sync(me, datastore(query.store())));
            } else if (step instanceof StepSpec.CacheStep lookup) {
                edges.add(sync(me, cache(lookup.name())));
                steps(from, lookup.miss());
            } else if (step instanceof StepSpec.PublishStep publish) {
                edges.add(new Diagram.Edge(me, topic(publish.topic()), Diagram.Flow.ASYNC));
            } else if (step instanceof StepSpec.SagaStep saga) {
                for (SagaStepSpec sagaStep : spec.sagas().get(saga.name()).steps()) {
                    addCall(me, sagaStep.service());
                    if (sagaStep.compService() != null) {
                        addCall(me, sagaStep.compService());
                    }
                }
            }
        }
    }

    /** A call between services; a service calling itself (a saga's step on its own service) draws no arrow. */
    private void addCall(String from, String toService) {
        if (!from.equals(service(toService))) {
            edges.add(sync(from, service(toService)));
        }
    }

    /**
     * Services by layer: the longest chain of calls from an entry service (or from none), found by relaxing the calls
     * as often as there are services, so a cycle of calls cannot loop for ever.
     */
    private List<List<Diagram.Node>> serviceLayers() {
        Map<String, Integer> depth = new LinkedHashMap<>();
        spec.services().keySet().forEach(s -> depth.put(service(s), 0));
        for (int round = 0; round < spec.services().size(); round++) {
            for (Diagram.Edge edge : edges) {
                if (depth.containsKey(edge.from()) && depth.containsKey(edge.to())
                        && depth.get(edge.to()) < depth.get(edge.from()) + 1) {
                    depth.put(edge.to(), Math.min(spec.services().size() - 1, depth.get(edge.from()) + 1));
                }
            }
        }
        int rows = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<Diagram.Node>> layers = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            layers.add(new ArrayList<>());
        }
        spec.services().forEach((name, service) -> layers.get(depth.get(service(name))).add(
                new Diagram.Node(service(name), name, service.replicas() + (service.replicas() == 1 ? " pod" : " pods"),
                        colours.slot(name))));
        layers.removeIf(List::isEmpty);
        return layers;
    }

    private List<Diagram.Node> dataNodes() {
        List<Diagram.Node> nodes = new ArrayList<>();
        spec.datastores().forEach((name, store) -> nodes.add(new Diagram.Node(datastore(name), name,
                DatastoreSpec.MONGODB.equals(store.kind()) ? "MongoDB" : "PostgreSQL", Line.AUTO)));
        spec.caches().keySet().forEach(name -> nodes.add(new Diagram.Node(cache(name), name, "Redis cache", Line.AUTO)));
        if (spec.kafka() != null) {
            spec.kafka().topics().forEach((name, topic) -> nodes.add(new Diagram.Node(topic(name), name,
                    "Kafka topic, " + topic.partitions() + " partitions", Line.AUTO)));
        }
        return nodes;
    }

    private List<Diagram.Node> groupNodes() {
        List<Diagram.Node> nodes = new ArrayList<>();
        if (spec.kafka() == null) {
            return nodes;
        }
        for (Map.Entry<String, TopicSpec> topic : spec.kafka().topics().entrySet()) {
            for (Map.Entry<String, GroupSpec> group : topic.getValue().consumers().entrySet()) {
                int consumers = group.getValue().consumers();
                nodes.add(new Diagram.Node(group(topic.getKey(), group.getKey()), group.getKey(),
                        "consumer group, " + consumers + (consumers == 1 ? " consumer" : " consumers"), Line.AUTO));
            }
        }
        return nodes;
    }

    /** Each row after the first sorted by the mean position of the boxes that point to it; ties keep file order. */
    private List<List<Diagram.Node>> ordered(List<List<Diagram.Node>> layers) {
        Map<String, Double> position = new HashMap<>();
        List<List<Diagram.Node>> sorted = new ArrayList<>();
        for (List<Diagram.Node> layer : layers) {
            List<Diagram.Node> row = new ArrayList<>(layer);
            Map<String, Double> key = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                key.put(row.get(i).id(), barycentre(row.get(i).id(), position, (i + 0.5) / row.size()));
            }
            row.sort(Comparator.comparingDouble(n -> key.get(n.id()))); // stable: ties keep file order
            for (int i = 0; i < row.size(); i++) {
                position.put(row.get(i).id(), (i + 0.5) / row.size());
            }
            sorted.add(row);
        }
        return sorted;
    }

    private double barycentre(String id, Map<String, Double> placed, double otherwise) {
        double sum = 0;
        int n = 0;
        for (Diagram.Edge edge : edges) {
            if (edge.to().equals(id) && placed.containsKey(edge.from())) {
                sum += placed.get(edge.from());
                n++;
            }
        }
        return n == 0 ? otherwise : sum / n;
    }
}
