package io.cloudmart.sim.model.service;

import java.util.List;

import io.cloudmart.sim.core.random.Distribution;

/**
 * One instruction of an endpoint's program, run in order while the request holds a worker.
 */
public sealed interface Step permits Step.Work, Step.Call, Step.Parallel, Step.Query, Step.CacheAside,
        Step.Authorize, Step.Publish, Step.RunSaga {
    /** Uses {@code cpu} seconds of CPU time on the pod's cores. */
    record Work(Distribution cpu) implements Step {
    }

    /**
     * A synchronous call to {@code service.endpoint}; the worker waits for the answer. A failed call
     * fails this request (500) unless {@code optional}.
     */
    record Call(String service, String endpoint, boolean optional) implements Step {
    }

    /** Calls sent at once; continues when all have answered. Fails when a non-optional one fails. */
    record Parallel(List<Call> calls) implements Step {
        public Parallel {
            calls = List.copyOf(calls);
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("a parallel step needs at least one call");
            }
        }
    }

    /** Runs {@code operation} on datastore {@code store}; a connection timeout fails the request. */
    record Query(String store, String operation) implements Step {
    }

    /**
     * Cache-aside read: {@code get} from {@code cache}; on a hit continue; on a miss run
     * {@code onMiss} (typically a {@link Query}), then {@code set} the key, then continue.
     *
     * @param hitRatio probability that the key is cached, in [0, 1]
     */
    record CacheAside(String cache, double hitRatio, List<Step> onMiss) implements Step {
        public CacheAside {
            onMiss = List.copyOf(onMiss);
            if (!(hitRatio >= 0 && hitRatio <= 1)) {
                throw new IllegalArgumentException("hitRatio must be in [0, 1], got " + hitRatio);
            }
        }
    }

    /** An authorization decision by an OPA sidecar: waits {@code latency} seconds (no CPU of this pod). */
    record Authorize(Distribution latency) implements Step {
    }

    /**
     * Publishes a record to Kafka topic {@code topic} and waits for the broker's acknowledgement;
     * keyed by the request's consumer when {@code keyedByConsumer} (per-consumer ordering), else
     * spread round robin.
     */
    record Publish(String topic, boolean keyedByConsumer) implements Step {
    }

    /**
     * Runs the orchestrated saga {@code saga} and waits for its end: committed continues,
     * compensated answers 409, stuck answers 500.
     */
    record RunSaga(String saga) implements Step {
    }
}
