package io.cloudmart.sim.model.trace;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.model.call.Outcome;

/**
 * Decides, per client request of one replication, whether it is traced ({@link TraceSampling}), and keeps
 * the traces. An unsampled request costs a comparison and a counter increment; nothing is allocated for it.
 */
public final class RequestTracer {
    private final TraceSampling sampling;
    private final double warmupSeconds;
    private final List<RequestTrace> traces = new ArrayList<>();
    /** Client requests sent so far (the next one's id). */
    private long sent;
    /** Requests sent after the warm-up so far. */
    private long afterWarmup;

    public RequestTracer(TraceSampling sampling, double warmupSeconds) {
        this.sampling = sampling;
        this.warmupSeconds = warmupSeconds;
    }

    /** The trace of a request the client sends now, or null when it is not sampled. */
    public RequestTrace sample(double sentAt, int journey) {
        long id = sent++;
        if (sentAt < warmupSeconds || traces.size() >= sampling.limit()) {
            return null;
        }
        if (afterWarmup++ % sampling.every() != 0) {
            return null;
        }
        RequestTrace trace = new RequestTrace(id, journey, sentAt);
        traces.add(trace);
        return trace;
    }

    /** The client has the answer of traced request {@code trace}. */
    public void finished(RequestTrace trace, double at, Outcome outcome) {
        trace.finish(at, outcome);
    }

    /** What was traced, in the order the requests were sent. */
    public SampledRequests result() {
        return new SampledRequests(sampling, List.copyOf(traces));
    }
}
