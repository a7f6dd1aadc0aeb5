package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.trace.RequestTrace;
import io.cloudmart.sim.model.trace.SampledRequests;
import io.cloudmart.sim.model.trace.Span;
import io.cloudmart.sim.model.trace.SpanKind;
import io.cloudmart.sim.model.trace.TraceSampling;

/**
 * Tracing on the single-service M/M/1 station (one worker, one core, exponential work, ρ = 0.8): a traced
 * request is its queue wait then its work and nothing else, the two add up to its latency, the sample is the
 * one asked for, and tracing leaves the run itself untouched.
 */
class TracedStationTest {
    private static final double WARMUP = 100;
    private static final double DURATION = 1_100;
    private static final Shop MM1 = SingleStation.shop(8, new Exponential(0.1), 1, 1, 1);

    private static ExperimentResult run(io.cloudmart.sim.core.run.ModelFactory shop, int replications) {
        return ReplicationRunner.onAllCores().run(new RunSettings("mm1", 42, 0, DURATION, WARMUP, 10), replications, shop);
    }

    private static SampledRequests sample(ExperimentResult result) {
        return result.replications().get(0).attachments().get(SampledRequests.class).orElseThrow();
    }

    @Test
    void queueWaitPlusWorkIsTheLatency() {
        SampledRequests sample = sample(run(MM1.traced(TraceSampling.first(2_000)), 1));
        assertThat(sample.traces()).hasSize(2_000);
        int waited = 0;
        for (RequestTrace trace : sample.traces()) {
            assertThat(trace.finished()).isTrue();
            assertThat(trace.outcome()).isEqualTo(Outcome.OK);
            List<Span> spans = trace.spans();
            assertThat(spans).extracting(Span::kind).containsExactly(SpanKind.QUEUE, SpanKind.WORK);
            Span queue = spans.get(0);
            Span work = spans.get(1);
            assertThat(queue.start()).isEqualTo(trace.start());
            assertThat(queue.end()).isEqualTo(work.start());
            assertThat(work.end()).isEqualTo(trace.end());
            assertThat(queue.durationSeconds() + work.durationSeconds()).isCloseTo(trace.latencySeconds(), within(1e-9));
            waited += queue.durationSeconds() > 0 ? 1 : 0;
        }
        // at ρ = 0.8 a request finds the server busy with probability 0.8 (PASTA)
        assertThat(waited / 2_000.0).isCloseTo(0.8, within(0.05));
        // the mean work of the sample is the service time, 100 ms
        double meanWork = sample.traces().stream().mapToDouble(t -> t.spans().get(1).durationSeconds()).average()
                .orElseThrow();
        assertThat(meanWork).isCloseTo(0.1, within(0.01));
    }

    @Test
    void theFirstNAfterTheWarmUpAreTraced() {
        SampledRequests sample = sample(run(MM1.traced(TraceSampling.first(50)), 1));
        List<RequestTrace> traces = sample.traces();
        assertThat(traces).hasSize(50);
        assertThat(traces.get(0).start()).isGreaterThanOrEqualTo(WARMUP);
        for (int i = 1; i < traces.size(); i++) {
            assertThat(traces.get(i).id()).isEqualTo(traces.get(i - 1).id() + 1); // consecutive requests
        }
        // the request before the first traced one was sent during the warm-up: ~8/s × 100 s of them
        assertThat(traces.get(0).id()).isBetween(600L, 1000L);
    }

    @Test
    void everyKthIsTracedUpToItsLimit() {
        // 8/s × 1000 s after the warm-up = ~8000 requests; one in 7 is ~1140, more than the 1000 kept
        SampledRequests sample = sample(run(MM1.traced(TraceSampling.everyKth(7)), 1));
        List<RequestTrace> traces = sample.traces();
        assertThat(traces).hasSize(TraceSampling.EVERY_LIMIT);
        for (int i = 1; i < traces.size(); i++) {
            assertThat(traces.get(i).id()).isEqualTo(traces.get(i - 1).id() + 7);
        }
    }

    @Test
    void tracingChangesNoFigureAndNoEvent() {
        ExperimentResult plain = run(MM1, 2);
        ExperimentResult traced = run(MM1.traced(TraceSampling.first(TraceSampling.MAX_FIRST)), 2);
        for (int r = 0; r < 2; r++) {
            ReplicationResult a = plain.replications().get(r);
            ReplicationResult b = traced.replications().get(r);
            assertThat(b.events()).isEqualTo(a.events());
            assertThat(b.metrics()).usingRecursiveComparison().isEqualTo(a.metrics());
        }
        // only the first replication is traced
        assertThat(traced.replications().get(0).attachments().get(SampledRequests.class)).isPresent();
        assertThat(traced.replications().get(1).attachments().get(SampledRequests.class)).isEmpty();
        assertThat(plain.replications().get(0).attachments().get(SampledRequests.class)).isEmpty();
    }
}
