package io.cloudmart.sim.model.service;

import java.util.List;

import io.cloudmart.sim.core.random.Distribution;

/**
 * One instruction of an endpoint's program, run in order while the request holds a worker.
 */
public sealed interface Step permits Step.Work, Step.Call, Step.Parallel {
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
}
