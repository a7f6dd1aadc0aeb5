package io.cloudmart.sim.model.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.cloudmart.sim.model.call.Outcome;

/**
 * The spans of one sampled request, in the order they ended, and how the request ended. Made only for a
 * sampled request; the request path reports to it only when {@code request.trace() != null}.
 *
 * <p>A request's spans are bounded by {@link #MAX_SPANS} (a request retried many times through deep call
 * chains could otherwise hold many), so a trace's memory does not depend on the run's length.
 */
public final class RequestTrace {
    /** Spans kept per request; later ones are counted in {@link #droppedSpans()} but not kept. */
    public static final int MAX_SPANS = 500;

    private final long id;
    private final int journey;
    private final double start;
    private final List<Span> spans = new ArrayList<>();
    private int dropped;
    private double end = Double.NaN;
    private Outcome outcome;

    /**
     * @param id      the request's number among the client requests of the replication, from 0
     * @param journey index of the journey it follows
     * @param start   simulated time the client sent it, seconds
     */
    RequestTrace(long id, int journey, double start) {
        this.id = id;
        this.journey = journey;
        this.start = start;
    }

    /** Records a span from {@code from} to {@code to} (simulated seconds). */
    public void span(SpanKind kind, String where, String name, double from, double to, String detail) {
        if (spans.size() < MAX_SPANS) {
            spans.add(new Span(kind, where, name, from, to, detail));
        } else {
            dropped++;
        }
    }

    /** The client has its answer. */
    void finish(double at, Outcome how) {
        end = at;
        outcome = how;
    }

    public long id() {
        return id;
    }

    public int journey() {
        return journey;
    }

    public double start() {
        return start;
    }

    /** When the client had its answer, seconds; NaN while (or if the run ended with) the request still in flight. */
    public double end() {
        return end;
    }

    /** How the request ended; null while it is in flight. */
    public Outcome outcome() {
        return outcome;
    }

    public boolean finished() {
        return outcome != null;
    }

    /** End-to-end latency, seconds; NaN when unfinished. */
    public double latencySeconds() {
        return end - start;
    }

    public List<Span> spans() {
        return Collections.unmodifiableList(spans);
    }

    /** Spans not kept because the request had {@link #MAX_SPANS} already. */
    public int droppedSpans() {
        return dropped;
    }
}
