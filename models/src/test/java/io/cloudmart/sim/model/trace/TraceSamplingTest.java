package io.cloudmart.sim.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TraceSamplingTest {
    @Test
    void refusesWhatCannotBeTraced() {
        assertThatThrownBy(() -> TraceSampling.first(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TraceSampling.first(TraceSampling.MAX_FIRST + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TraceSampling.everyKth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TraceSampling.OFF.isOff()).isTrue();
        assertThat(TraceSampling.first(1).isOff()).isFalse();
    }

    @Test
    void requestsSentDuringTheWarmUpAreNotTraced() {
        RequestTracer tracer = new RequestTracer(TraceSampling.first(2), 10);
        assertThat(tracer.sample(9.9, 0)).isNull();
        RequestTrace first = tracer.sample(10, 1);
        assertThat(first).isNotNull();
        assertThat(first.id()).isEqualTo(1);
        assertThat(tracer.sample(11, 0)).isNotNull();
        assertThat(tracer.sample(12, 0)).isNull(); // the limit is reached
        assertThat(tracer.result().traces()).hasSize(2);
    }

    @Test
    void aTraceKeepsAtMostItsSpanLimit() {
        RequestTrace trace = new RequestTracer(TraceSampling.first(1), 0).sample(0, 0);
        for (int i = 0; i < RequestTrace.MAX_SPANS + 3; i++) {
            trace.span(SpanKind.WORK, "pod", "svc.ep", i, i + 1, "");
        }
        assertThat(trace.spans()).hasSize(RequestTrace.MAX_SPANS);
        assertThat(trace.droppedSpans()).isEqualTo(3);
    }
}
