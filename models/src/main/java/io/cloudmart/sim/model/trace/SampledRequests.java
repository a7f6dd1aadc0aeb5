package io.cloudmart.sim.model.trace;

import java.util.List;

/**
 * The traced requests of a replication, attached to its result
 * ({@link io.cloudmart.sim.core.run.ReplicationResult#attachments()}); absent when tracing is off.
 *
 * @param sampling how they were chosen
 * @param traces   in the order they were sent; a request still in flight at the end is unfinished
 */
public record SampledRequests(TraceSampling sampling, List<RequestTrace> traces) {
    public SampledRequests {
        traces = List.copyOf(traces);
    }
}
