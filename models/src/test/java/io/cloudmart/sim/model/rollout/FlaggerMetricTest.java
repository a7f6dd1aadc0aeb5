package io.cloudmart.sim.model.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** Flagger's thresholdRange ({@code val < *tr.Min}, {@code val > *tr.Max} fail, in scheduler_metrics.go). */
class FlaggerMetricTest {
    @Test
    void boundsAreInclusiveAndNoDataFails() {
        FlaggerMetric range = new FlaggerMetric(FlaggerMetric.Name.REQUEST_DURATION, OptionalDouble.of(10),
                OptionalDouble.of(500), 60);
        assertThat(range.passes(10)).isTrue();
        assertThat(range.passes(500)).isTrue();
        assertThat(range.passes(9.99)).isFalse();
        assertThat(range.passes(500.01)).isFalse();
        assertThat(range.passes(Double.NaN)).isFalse();
        FlaggerMetric min = new FlaggerMetric(FlaggerMetric.Name.REQUEST_SUCCESS_RATE, OptionalDouble.of(99),
                OptionalDouble.empty(), 60);
        assertThat(min.passes(100)).isTrue();
        assertThat(min.passes(98.9)).isFalse();
        assertThatThrownBy(() -> new FlaggerMetric(FlaggerMetric.Name.REQUEST_SUCCESS_RATE, OptionalDouble.empty(),
                OptionalDouble.empty(), 60)).hasMessageContaining("min or max");
    }
}
