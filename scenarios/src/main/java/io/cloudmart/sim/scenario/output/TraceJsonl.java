package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.model.trace.RequestTrace;
import io.cloudmart.sim.model.trace.SampledRequests;
import io.cloudmart.sim.model.trace.Span;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * {@code trace.jsonl}: the requests {@code --trace} sampled in the first replication, one JSON object per line,
 * in the order they were sent, each with its spans (docs/results.md, "trace.jsonl"). Times of the request are
 * simulated seconds; a span's start is in milliseconds from the request's start.
 */
public final class TraceJsonl {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double MS = 1000;
    private static final double NANOS_PER_MS = 1e6;

    private TraceJsonl() {
    }

    /** The sample of {@code result}'s first replication, if it was traced. */
    public static Optional<SampledRequests> sample(ExperimentResult result) {
        return result.replications().isEmpty() ? Optional.empty()
                : result.replications().get(0).attachments().get(SampledRequests.class);
    }

    /** The file's text; empty when nothing was sampled (the run ended before a request was sent after warm-up). */
    public static String render(ScenarioSpec spec, SampledRequests sample) {
        List<String> journeys = List.copyOf(spec.load().journeys().keySet());
        StringBuilder out = new StringBuilder();
        for (RequestTrace trace : sample.traces()) {
            out.append(line(journeys, trace)).append('\n');
        }
        return out.toString();
    }

    /**
     * {@code seconds} in milliseconds, rounded to the nanosecond (NaN stays NaN, written null): a span's times are differences of simulated
     * clock readings, whose last binary digits are noise (0.2000000000066 ms) nobody should read.
     */
    static double ms(double seconds) {
        return Double.isNaN(seconds) ? Double.NaN : Math.round(seconds * MS * NANOS_PER_MS) / NANOS_PER_MS;
    }

    private static String line(List<String> journeys, RequestTrace trace) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", trace.id());
        n.put("journey", trace.journey() >= 0 && trace.journey() < journeys.size()
                ? journeys.get(trace.journey()) : Integer.toString(trace.journey()));
        ResultsJson.put(n, "startSeconds", trace.start());
        ResultsJson.put(n, "endSeconds", trace.end());
        ResultsJson.put(n, "latencyMs", ms(trace.latencySeconds()));
        if (trace.finished()) {
            n.put("status", trace.outcome().status());
            n.put("flag", trace.outcome().flag());
        } else {
            n.putNull("status");
            n.putNull("flag");
        }
        ArrayNode spans = n.putArray("spans");
        for (Span span : trace.spans()) {
            ObjectNode s = spans.addObject();
            s.put("kind", span.kind().jsonName());
            s.put("where", span.where());
            s.put("name", span.name());
            ResultsJson.put(s, "startMs", ms(span.start() - trace.start()));
            ResultsJson.put(s, "durationMs", ms(span.durationSeconds()));
            if (!span.detail().isEmpty()) {
                s.put("detail", span.detail());
            }
            if (trace.finished() && span.end() > trace.end()) {
                s.put("afterAnswer", true); // the pod still served a try the mesh had given up on
            }
        }
        if (trace.droppedSpans() > 0) {
            n.put("droppedSpans", trace.droppedSpans());
        }
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a traced request as JSON", e);
        }
    }
}
