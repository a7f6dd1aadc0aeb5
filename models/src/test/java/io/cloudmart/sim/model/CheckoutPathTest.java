package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.model.kafka.ConsumerConfig;
import io.cloudmart.sim.model.kafka.ConsumerGroup;
import io.cloudmart.sim.model.kafka.ProjectionConfig;
import io.cloudmart.sim.model.kafka.TopicConfig;
import io.cloudmart.sim.model.load.Journey;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.Stage;
import io.cloudmart.sim.model.saga.CloudMartCheckout;
import io.cloudmart.sim.model.saga.SagaOrchestrator;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Step;

/**
 * A checkout through real services: order runs the saga over order, inventory and payment
 * endpoints, then publishes an "order placed" record that notification consumes and an inventory
 * read model projects.
 */
class CheckoutPathTest {
    private static final double DECLINE = 0.1;
    private static final double RATE = 20;
    private static final double DURATION = 2_000;

    private static ServiceConfig service(String name, List<Endpoint> endpoints) {
        return new ServiceConfig(name, 2, new PodShape(2, 512, 200), endpoints);
    }

    private static Endpoint quick(String name, double errorRate) {
        return new Endpoint(name, List.of(new Step.Work(new Exponential(0.002))), errorRate);
    }

    @Test
    void sagasEndCommittedOrCompensatedAndOrdersReachKafka() {
        ServiceConfig order = service("order", List.of(
                new Endpoint("checkout", List.of(new Step.Work(new Exponential(0.002)), new Step.RunSaga("checkout"),
                        new Step.Publish("orders", true)), 0.0),
                quick("create", 0), quick("cancel", 0), quick("confirm", 0)));
        ServiceConfig inventory = service("inventory", List.of(quick("reserve", 0), quick("release", 0)));
        ServiceConfig payment = service("payment", List.of(quick("authorize", DECLINE), quick("refund", 0)));
        TopicConfig orders = new TopicConfig("orders", 4, new Constant(0.005), List.of(
                new TopicConfig.GroupConfig("notification", ConsumerConfig.of(2), new Constant(0.01)),
                new TopicConfig.GroupConfig("inventory-view", ConsumerConfig.of(4), new Constant(0.002))));
        Backends backends = new Backends(List.of(), List.of(), List.of(orders),
                List.of(new ProjectionConfig("inventory-view", "orders", "inventory-view")),
                List.of(CloudMartCheckout.definition()));
        LoadConfig load = new LoadConfig(List.of(new Stage(DURATION - 60, RATE)),
                List.of(new Journey("checkout", 1, "order", "checkout")));
        // arrivals stop 60 s before the end (a zero-rate tail is not allowed, so the last stage is short)
        Shop shop = new Shop(load, List.of(order, inventory, payment), backends, null, null);
        MetricsSnapshot m = ReplicationRunner.onAllCores().run(new RunSettings("checkout", 41, 0, DURATION, 0, 10), 1, shop)
                .replications().get(0).metrics();

        long started = m.counter(SagaOrchestrator.metricKey("checkout", "started"));
        long committed = m.counter(SagaOrchestrator.metricKey("checkout", "committed"));
        long compensated = m.counter(SagaOrchestrator.metricKey("checkout", "compensated"));
        long stuck = m.counter(SagaOrchestrator.metricKey("checkout", "stuck"));
        long inFlight = m.counter(SagaOrchestrator.metricKey("checkout", "inFlightAtEnd"));
        assertThat(committed + compensated + stuck + inFlight).isEqualTo(started);
        double sd = Math.sqrt(DECLINE * (1 - DECLINE) / started);
        assertThat(compensated / (double) started).isCloseTo(DECLINE, within(3.29 * sd));
        assertThat(m.counter("client.ok") + m.counter("client.errors")).isEqualTo(m.counter("client.requests"));
        assertThat(m.counter(io.cloudmart.sim.model.kafka.Topic.metricKey("orders", "published"))).isEqualTo(committed);
        assertThat(m.counter(ConsumerGroup.metricKey("orders", "notification", "consumed"))).isEqualTo(committed);
        assertThat(m.tally(ProjectionConfig.metricKey("inventory-view", "staleness")).mean()).isCloseTo(0.002, within(0.002));
    }
}
