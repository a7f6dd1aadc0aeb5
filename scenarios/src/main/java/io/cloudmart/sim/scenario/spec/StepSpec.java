package io.cloudmart.sim.scenario.spec;

import java.util.List;
import java.util.Objects;

/**
 * One step of an endpoint's program, run in order when a request arrives: CPU work, a call to
 * another endpoint, a datastore query, a cache lookup, a Kafka publish or a saga. Every name a step
 * refers to (service, endpoint, store, operation, cache, topic, saga) exists in the scenario; the
 * loader checks that.
 */
public sealed interface StepSpec {

    /**
     * CPU time on the serving pod.
     *
     * @param work the CPU time one request needs, a distribution in seconds
     */
    record WorkStep(DistributionSpec work) implements StepSpec {
        public WorkStep {
            Objects.requireNonNull(work, "work");
        }
    }

    /**
     * A synchronous call to another endpoint; the caller waits for the answer.
     *
     * @param service  the called service
     * @param endpoint the called endpoint of that service
     * @param optional true when a failed call does not fail this request (the caller degrades);
     *                 default false
     */
    record CallStep(String service, String endpoint, boolean optional) implements StepSpec {
        public CallStep {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(endpoint, "endpoint");
        }

        /** The call as written, {@code service.endpoint}. */
        public String target() {
            return service + "." + endpoint;
        }
    }

    /**
     * Synchronous calls sent at once; the step ends when the last answer arrives.
     *
     * @param calls the calls, in file order; at least one
     */
    record ParallelStep(List<CallStep> calls) implements StepSpec {
        public ParallelStep {
            calls = Copies.list(calls, "calls");
        }
    }

    /**
     * One operation on a datastore, holding one of its pooled connections while it runs.
     *
     * @param store the datastore, a key of {@link ScenarioSpec#datastores()}
     * @param op    the operation, a key of that store's {@link DatastoreSpec#operations()}
     */
    record QueryStep(String store, String op) implements StepSpec {
        public QueryStep {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(op, "op");
        }
    }

    /**
     * Cache-aside: look the key up in a cache; on a miss run {@code miss} (typically the query)
     * and write the value back.
     *
     * @param name     the cache, a key of {@link ScenarioSpec#caches()}
     * @param hitRatio probability of a hit, in [0, 1]
     * @param miss     steps run on a miss, in order; may be empty (default)
     */
    record CacheStep(String name, double hitRatio, List<StepSpec> miss) implements StepSpec {
        public CacheStep {
            Objects.requireNonNull(name, "name");
            miss = Copies.list(miss, "miss");
        }
    }

    /**
     * An asynchronous publish to a Kafka topic; the request goes on once the broker acknowledges.
     *
     * @param topic the topic, a key of {@link KafkaSpec#topics()}
     * @param key   {@code consumer} (messages of one consumer land in one partition, in order) or
     *              {@code none} (spread over partitions); default {@code none}
     */
    record PublishStep(String topic, String key) implements StepSpec {
        /** Key used when the file gives none. */
        public static final String DEFAULT_KEY = "none";

        public PublishStep {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Runs an orchestrated saga and answers when it ends (completed or compensated).
     *
     * @param name the saga, a key of {@link ScenarioSpec#sagas()}
     */
    record SagaStep(String name) implements StepSpec {
        public SagaStep {
            Objects.requireNonNull(name, "name");
        }
    }
}
