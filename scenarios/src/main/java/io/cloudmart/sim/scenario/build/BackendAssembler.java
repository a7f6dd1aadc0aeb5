package io.cloudmart.sim.scenario.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.model.Backends;
import io.cloudmart.sim.model.datastore.CacheConfig;
import io.cloudmart.sim.model.datastore.DatastoreConfig;
import io.cloudmart.sim.model.kafka.ConsumerConfig;
import io.cloudmart.sim.model.kafka.ProjectionConfig;
import io.cloudmart.sim.model.kafka.TopicConfig;
import io.cloudmart.sim.model.saga.RetryPolicy;
import io.cloudmart.sim.model.saga.SagaDefinition;
import io.cloudmart.sim.model.saga.SagaStep;
import io.cloudmart.sim.model.saga.StepKind;
import io.cloudmart.sim.model.service.Outage;
import io.cloudmart.sim.scenario.spec.KafkaSpec;
import io.cloudmart.sim.scenario.spec.OutageSpec;
import io.cloudmart.sim.scenario.spec.RetrySpec;
import io.cloudmart.sim.scenario.spec.SagaSpec;
import io.cloudmart.sim.scenario.spec.SagaStepSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/** Turns the written datastores, caches, Kafka topics and sagas into the model's backends. */
final class BackendAssembler {
    /** The scenario's {@code backoff} is the wait before every retry: no growth. */
    private static final double FIXED_BACKOFF = 1.0;

    private BackendAssembler() {
    }

    static Backends backends(ScenarioSpec spec) {
        List<DatastoreConfig> datastores = new ArrayList<>();
        spec.datastores().forEach((name, d) -> {
            Map<String, Distribution> operations = new LinkedHashMap<>();
            d.operations().forEach((op, dist) -> operations.put(op, Distributions.of(dist)));
            datastores.add(new DatastoreConfig(name, d.kind(), d.maxConnections(), d.connectionTimeoutSeconds(), operations));
        });
        List<CacheConfig> caches = new ArrayList<>();
        spec.caches().forEach((name, c) -> caches.add(new CacheConfig(name, Distributions.of(c.roundTrip()),
                Distributions.of(c.commandTime()), outages(c.outages()))));
        List<TopicConfig> topics = new ArrayList<>();
        List<ProjectionConfig> projections = new ArrayList<>();
        KafkaSpec kafka = spec.kafka();
        if (kafka != null) {
            kafka.topics().forEach((name, t) -> {
                List<TopicConfig.GroupConfig> groups = new ArrayList<>();
                t.consumers().forEach((group, g) -> groups.add(new TopicConfig.GroupConfig(group,
                        ConsumerConfig.of(g.consumers()).withFetch(ConsumerConfig.DEFAULT_FETCH_MIN_BYTES,
                                g.fetchMaxWaitSeconds(), ConsumerConfig.DEFAULT_RECORD_BYTES),
                        Distributions.of(g.processing()))));
                topics.add(new TopicConfig(name, t.partitions(), Distributions.of(t.produceLatency()), groups));
            });
            kafka.projections().forEach((name, p) -> projections.add(new ProjectionConfig(name, p.topic(), p.group())));
        }
        List<SagaDefinition> sagas = new ArrayList<>();
        spec.sagas().forEach((name, s) -> sagas.add(saga(name, s)));
        return new Backends(datastores, caches, topics, projections, sagas);
    }

    /** Written outage windows (of a service or a cache) as the model's. */
    static List<Outage> outages(List<OutageSpec> specs) {
        return specs.stream().map(o -> new Outage(o.atSeconds(), o.forSeconds())).toList();
    }

    private static SagaDefinition saga(String name, SagaSpec spec) {
        List<SagaStep> steps = new ArrayList<>();
        for (SagaStepSpec step : spec.steps()) {
            String action = step.service() + "." + step.endpoint();
            String compensation = step.compService() == null ? null : step.compService() + "." + step.compEndpoint();
            StepKind kind = StepKind.valueOf(step.type().toUpperCase(java.util.Locale.ROOT));
            steps.add(new SagaStep(step.name(), action, compensation, kind, spec.stepTimeoutSeconds(),
                    policy(spec.retries())));
        }
        return new SagaDefinition(name, steps, policy(spec.compensationRetries()));
    }

    /** {@code attempts} counts retries after the first try (docs/scenario-reference.md); the model counts tries. */
    private static RetryPolicy policy(RetrySpec spec) {
        return new RetryPolicy(spec.attempts() + 1, spec.backoffSeconds(), FIXED_BACKOFF, spec.backoffSeconds());
    }
}
