package io.cloudmart.sim.model.trace;

/**
 * One timed hop of a traced request.
 *
 * @param kind   what was measured
 * @param where  the pod, service, store, cache or topic it happened at
 * @param name   which operation (an endpoint, a query's operation, a try's target)
 * @param start  simulated time it began, seconds
 * @param end    simulated time it ended, seconds (≥ start)
 * @param detail what came of it ("hit", "503 UO", "mTLS handshake"…), or "" when there is nothing to add
 */
public record Span(SpanKind kind, String where, String name, double start, double end, String detail) {
    public double durationSeconds() {
        return end - start;
    }
}
