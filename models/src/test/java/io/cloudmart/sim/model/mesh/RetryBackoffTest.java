package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/** Envoy's jittered exponential back-off: ranges per retry, the 10 × base cap, uniform draws. */
class RetryBackoffTest {
    private static final double EPS = 1e-12;
    private static final int DRAWS = 100_000;

    @Test
    void documentedRangesAre25Then75Then175MillisecondsThenTheCap() {
        RetryBackoff backoff = RetryBackoff.envoyDefault();
        assertThat(backoff.rangeSeconds(1)).isCloseTo(0.025, within(EPS));
        assertThat(backoff.rangeSeconds(2)).isCloseTo(0.075, within(EPS));
        assertThat(backoff.rangeSeconds(3)).isCloseTo(0.175, within(EPS));
        assertThat(backoff.rangeSeconds(4)).isCloseTo(0.250, within(EPS));
        assertThat(backoff.rangeSeconds(5)).isCloseTo(0.250, within(EPS));
        assertThat(backoff.rangeSeconds(2000)).isCloseTo(0.250, within(EPS));
    }

    /** Envoy's source since PR #10417: ranges base, 2·base, 4·base, ... capped (router test: draw 190 → 15, 40, 90 ms). */
    @Test
    void sourceRangesDoubleFromTheBase() {
        RetryBackoff backoff = RetryBackoff.envoyDefault().with(RetryBackoff.Growth.ENVOY_SOURCE);
        double[] expected = {0.025, 0.050, 0.100, 0.200, 0.250, 0.250};
        for (int retry = 1; retry <= expected.length; retry++) {
            assertThat(backoff.rangeSeconds(retry)).as("retry %d", retry).isCloseTo(expected[retry - 1], within(EPS));
        }
        assertThat(190 % 25).isEqualTo(15);
        assertThat(190 % 50).isEqualTo(40);
        assertThat(190 % 100).isEqualTo(90);
    }

    /** From the 4th retry on every wait is below the 250 ms cap, and uniform on [0, 250 ms): mean 125 ms. */
    @Test
    void capHoldsAndDrawsAreUniform() {
        RetryBackoff backoff = RetryBackoff.envoyDefault();
        RandomStream stream = new RandomStream("test.backoff", 21);
        double sum = 0;
        double max = 0;
        for (int i = 0; i < DRAWS; i++) {
            double delay = backoff.delaySeconds(4 + i % 7, stream);
            assertThat(delay).isGreaterThanOrEqualTo(0).isLessThan(0.25);
            sum += delay;
            max = Math.max(max, delay);
        }
        double standardError = 0.25 / Math.sqrt(12.0 * DRAWS);
        assertThat(sum / DRAWS).isCloseTo(0.125, within(Binomial.Z_999 * standardError));
        assertThat(max).isGreaterThan(0.249);
    }

    @Test
    void istioBackoffFieldSetsTheBaseAndTenTimesAsCap() {
        RetryBackoff backoff = RetryBackoff.withBase(2.0);
        assertThat(backoff.maxSeconds()).isEqualTo(20.0);
        assertThat(backoff.rangeSeconds(2)).isEqualTo(6.0);
        assertThatThrownBy(() -> backoff.rangeSeconds(0)).hasMessageContaining("from 1");
        assertThatThrownBy(() -> new RetryBackoff(0.1, 0.05, RetryBackoff.Growth.DOCUMENTED)).hasMessageContaining("max");
    }
}
