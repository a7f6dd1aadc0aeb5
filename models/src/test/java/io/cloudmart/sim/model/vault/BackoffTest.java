package io.cloudmart.sim.model.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/** The agents' back-offs follow Vault's sdk/helper/backoff and the LifetimeWatcher's cenkalti/backoff settings. */
class BackoffTest {
    @Test
    void authBackoffStartsAtTheJitteredMinimumAndDoublesUpToTheCapWithUpTo25PercentLess() {
        AuthBackoff backoff = new AuthBackoff(1, 300, new RandomStream("t", 7));
        double previous = backoff.next();
        assertThat(previous).isBetween(0.75, 1.0);
        for (int i = 0; i < 40; i++) {
            double next = backoff.next();
            double ceiling = Math.min(2 * previous, 300);
            assertThat(next).isBetween(0.75 * ceiling, ceiling);
            previous = next;
        }
        assertThat(previous).isBetween(225.0, 300.0); // capped: never above max_backoff
        backoff.reset();
        assertThat(backoff.next()).isBetween(0.75, 1.0);
    }

    @Test
    void renewBackoffIsTenSecondsDoublingToFiveMinutesPlusMinusHalf() {
        RenewBackoff backoff = new RenewBackoff(new RandomStream("t", 7), 0, 1e9);
        double[] intervals = {10, 20, 40, 80, 160, 300, 300};
        for (double interval : intervals) {
            assertThat(backoff.next(0)).isBetween(0.5 * interval, 1.5 * interval);
        }
    }

    @Test
    void renewBackoffStopsWhenTheNextRetryWouldEndAfterTheLease() {
        RenewBackoff backoff = new RenewBackoff(new RandomStream("t", 7), 100, 4);
        assertThat(backoff.next(100)).isNaN(); // at least 5 s > the 4 s left
        RenewBackoff roomy = new RenewBackoff(new RandomStream("t", 7), 100, 16);
        assertThat(roomy.next(100)).isBetween(5.0, 15.0);
        assertThat(roomy.next(116)).isNaN(); // 16 s elapsed: nothing fits any more
    }
}
