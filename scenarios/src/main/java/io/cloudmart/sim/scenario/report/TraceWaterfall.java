package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.model.trace.RequestTrace;
import io.cloudmart.sim.model.trace.SampledRequests;
import io.cloudmart.sim.model.trace.Span;
import io.cloudmart.sim.model.trace.SpanKind;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Waterfall;
import io.cloudmart.sim.scenario.output.TraceJsonl;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The "Slowest traced requests" section of a run traced with {@code --trace}: a waterfall of each of the
 * {@link #SHOWN} slowest sampled requests, one row per span on a time axis from the request's start, coloured
 * by what the span measured. Absent when the run was not traced.
 */
public final class TraceWaterfall {
    /** Requests drawn. */
    static final int SHOWN = 5;
    /** Rows drawn per request; the rest are in trace.jsonl. */
    static final int MAX_ROWS = 80;
    private static final double MS = 1000;

    /** The colour groups, in legend order; the same in every waterfall, so a colour means one thing. */
    private static final List<String> CATEGORIES = List.of("gateway", "mesh try", "sidecar", "queue or pool wait",
            "work", "datastore", "cache", "kafka", "saga", "retry back-off");
    private static final Map<SpanKind, Integer> CATEGORY = categories();

    private TraceWaterfall() {
    }

    private static Map<SpanKind, Integer> categories() {
        Map<SpanKind, Integer> map = new EnumMap<>(SpanKind.class);
        map.put(SpanKind.GATEWAY, 0);
        map.put(SpanKind.RATE_LIMIT, 0);
        map.put(SpanKind.ATTEMPT, 1);
        map.put(SpanKind.SIDECAR, 2);
        map.put(SpanKind.QUEUE, 3);
        map.put(SpanKind.WORK, 4);
        map.put(SpanKind.AUTHORIZE, 4);
        map.put(SpanKind.POOL_WAIT, 3);
        map.put(SpanKind.QUERY, 5);
        map.put(SpanKind.CACHE, 6);
        map.put(SpanKind.PRODUCE, 7);
        map.put(SpanKind.SAGA, 8);
        map.put(SpanKind.RETRY_BACKOFF, 9);
        return map;
    }

    public static Optional<Section> of(ScenarioSpec spec, ExperimentResult result) {
        return TraceJsonl.sample(result).map(sample -> section(spec, sample));
    }

    private static Section section(ScenarioSpec spec, SampledRequests sample) {
        List<String> journeys = List.copyOf(spec.load().journeys().keySet());
        List<RequestTrace> slowest = slowest(sample.traces());
        long unfinished = sample.traces().stream().filter(t -> !t.finished()).count();
        String intro = String.format(java.util.Locale.US, "%s of %d request%s traced in replication 1 (%s), from"
                        + " trace.jsonl. One row per span, on a time axis from the request's start; a wait of zero is"
                        + " left out. Hover over a bar for its times.%s",
                slowest.size() == 1 ? "The slowest" : "The " + slowest.size() + " slowest", sample.traces().size(),
                sample.traces().size() == 1 ? "" : "s", describe(sample), unfinished == 0 ? ""
                        : " " + unfinished + " traced request" + (unfinished == 1 ? " was" : "s were")
                        + " still in flight when the run ended and are not drawn.");
        List<Block> blocks = new ArrayList<>();
        for (RequestTrace trace : slowest) {
            blocks.add(waterfall(trace, journeys));
        }
        if (slowest.isEmpty()) {
            blocks.add(new Paragraph("No traced request was answered before the run ended."));
        }
        return new Section("Slowest traced requests", intro, blocks);
    }

    private static String describe(SampledRequests sample) {
        return sample.sampling().every() == 1 ? "the first " + sample.sampling().limit() + " sent after the warm-up"
                : "one in " + sample.sampling().every() + " sent after the warm-up, at most " + sample.sampling().limit();
    }

    /** The finished traces, slowest first (ties: the earlier request first). */
    static List<RequestTrace> slowest(List<RequestTrace> traces) {
        return traces.stream().filter(RequestTrace::finished)
                .sorted(Comparator.comparingDouble(RequestTrace::latencySeconds).reversed()
                        .thenComparingLong(RequestTrace::id))
                .limit(SHOWN).toList();
    }

    static Waterfall waterfall(RequestTrace trace, List<String> journeys) {
        String journey = trace.journey() >= 0 && trace.journey() < journeys.size() ? journeys.get(trace.journey())
                : Integer.toString(trace.journey());
        String status = trace.outcome().status() + (trace.outcome().flag().isEmpty() ? "" : " " + trace.outcome().flag());
        List<Span> spans = rows(trace);
        List<Waterfall.Bar> bars = new ArrayList<>();
        for (Span span : spans.subList(0, Math.min(spans.size(), MAX_ROWS))) {
            double start = Math.max(0, (span.start() - trace.start()) * MS);
            // a work step is named by its place in the endpoint (at the gateway, step 2 is the JWT check)
            String step = span.kind() == SpanKind.WORK ? " " + span.detail() : "";
            bars.add(new Waterfall.Bar(span.kind().jsonName() + ": " + span.name() + step + " @ " + span.where(),
                    CATEGORY.get(span.kind()), start, Math.max(start, (span.end() - trace.start()) * MS), span.detail()));
        }
        String shown = spans.size() > MAX_ROWS ? ", first " + MAX_ROWS + " of " + spans.size() + " spans" : "";
        String title = String.format(java.util.Locale.US, "request %d (%s): %s ms, %s%s", trace.id(), journey,
                Format.compact(trace.latencySeconds() * MS), status, shown);
        double latency = Math.max(trace.latencySeconds() * MS, 1e-6);
        // a try abandoned by a timeout goes on in its pod after the client's answer; the axis stays on the request,
        // such bars are cut at the answer, marked by a line
        boolean past = bars.stream().anyMatch(b -> b.end() > latency);
        return new Waterfall(title, "ms from the request's start", CATEGORIES, bars, latency,
                past ? latency : Double.NaN, "answered");
    }

    /** The spans to draw, by start time, an enclosing span before what it encloses; zero waits left out. */
    private static List<Span> rows(RequestTrace trace) {
        return trace.spans().stream()
                .filter(s -> !(s.durationSeconds() == 0 && (s.kind() == SpanKind.QUEUE || s.kind() == SpanKind.POOL_WAIT)))
                .sorted(Comparator.comparingDouble(Span::start)
                        .thenComparing(Comparator.comparingDouble(Span::end).reversed()))
                .toList();
    }
}
