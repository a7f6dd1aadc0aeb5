package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.cloudmart.sim.report.Diagram;
import io.cloudmart.sim.report.HtmlReportWriter;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.scenario.catalog.Catalog;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.StepSpec;

/** The topology diagram shows every part of a scenario and every call, and draws the same picture every time. */
class TopologyDiagramTest {
    static List<String> names() {
        return new Catalog().names();
    }

    private static ScenarioSpec load(String name) throws Exception {
        return new ScenarioLoader().load(name + ".yaml", new Catalog().text(name).orElseThrow(), null, List.of());
    }

    private static Set<String> ids(Diagram d) {
        return d.layers().stream().flatMap(List::stream).map(Diagram.Node::id).collect(Collectors.toSet());
    }

    private static Set<String> edges(Diagram d) {
        return d.edges().stream().map(e -> e.from() + " -> " + e.to() + (e.flow() == Diagram.Flow.ASYNC ? " (async)" : ""))
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyServiceStoreCacheTopicAndCallOfACatalogScenarioIsDrawn(String name) throws Exception {
        ScenarioSpec spec = load(name);
        Diagram diagram = new TopologyDiagram(spec).build();
        Set<String> ids = ids(diagram);
        spec.services().keySet().forEach(s -> assertThat(ids).contains(TopologyDiagram.service(s)));
        spec.datastores().keySet().forEach(s -> assertThat(ids).contains(TopologyDiagram.datastore(s)));
        spec.caches().keySet().forEach(s -> assertThat(ids).contains(TopologyDiagram.cache(s)));
        if (spec.kafka() != null) {
            spec.kafka().topics().keySet().forEach(t -> assertThat(ids).contains(TopologyDiagram.topic(t)));
        }
        Set<String> edges = edges(diagram);
        spec.load().journeys().values().forEach(j -> assertThat(edges)
                .contains((spec.gateway() != null ? "gateway" : "clients") + " -> " + TopologyDiagram.service(j.service())));
        spec.services().forEach((s, service) -> service.endpoints().values().forEach(e -> e.steps().forEach(step -> {
            if (step instanceof StepSpec.CallStep call && !call.service().equals(s)) {
                assertThat(edges).contains(TopologyDiagram.service(s) + " -> " + TopologyDiagram.service(call.service()));
            }
            if (step instanceof StepSpec.QueryStep q) {
                assertThat(edges).contains(TopologyDiagram.service(s) + " -> " + TopologyDiagram.datastore(q.store()));
            }
        })));
        // the page shows every name
        String html = new HtmlReportWriter().render(new Report("t", "", List.of(),
                List.of(new Section("Topology", null, List.of(diagram)))));
        diagram.layers().stream().flatMap(List::stream)
                .forEach(n -> assertThat(html).contains(">" + n.label() + "</text>"));
    }

    @Test
    void theShopIsLayeredByItsCallsWithEveryArrowWorkedOutByHand() throws Exception {
        Diagram d = new TopologyDiagram(load("cloudmart")).build();
        assertThat(d.layers()).extracting(layer -> layer.stream().map(Diagram.Node::id).collect(Collectors.toSet()))
                .containsExactly(Set.of("clients"), Set.of("gateway"),
                        Set.of("svc:product", "svc:order", "svc:notification"),
                        Set.of("svc:user", "svc:payment", "svc:inventory"),
                        Set.of("ds:postgres", "ds:mongodb", "cache:redis", "topic:orders"),
                        Set.of("group:orders/notification", "group:orders/inventory-view"));
        assertThat(edges(d)).containsExactlyInAnyOrder(
                "clients -> gateway",
                "gateway -> svc:product", "gateway -> svc:user", "gateway -> svc:order", "gateway -> svc:notification",
                "svc:user -> ds:postgres", "svc:user -> cache:redis",
                "svc:product -> cache:redis", "svc:product -> ds:mongodb",
                "svc:order -> svc:user", "svc:order -> svc:inventory", "svc:order -> ds:postgres",
                "svc:order -> svc:payment", "svc:order -> topic:orders (async)",
                "svc:payment -> ds:postgres", "svc:inventory -> ds:postgres", "svc:notification -> ds:mongodb",
                "topic:orders -> group:orders/notification (async)", "topic:orders -> group:orders/inventory-view (async)");
        // services in their report-wide colours: the scenario's order user, product, order, payment, inventory, notification
        assertThat(d.layers().get(3)).filteredOn(n -> n.id().equals("svc:payment")).extracting(Diagram.Node::colour)
                .containsExactly(3);
    }

    @Test
    void theSameScenarioDrawsTheSameBytes() throws Exception {
        HtmlReportWriter writer = new HtmlReportWriter();
        String a = writer.render(new Report("t", "", List.of(), List.of(new Section("T", null,
                List.of(new TopologyDiagram(load("cloudmart")).build())))));
        String b = writer.render(new Report("t", "", List.of(), List.of(new Section("T", null,
                List.of(new TopologyDiagram(load("cloudmart")).build())))));
        assertThat(a).isEqualTo(b).contains("stroke-dasharray");
    }
}
