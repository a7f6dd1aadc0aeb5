package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Simulated time to Kong's whole UTC seconds ({@code ngx.time()}). */
class UtcClockTest {
    private static final UtcClock CLOCK = UtcClock.startingAt(Instant.parse("2025-06-01T12:00:58Z"));

    @Test
    void truncatesToWholeSecondsFromTheStartInstant() {
        assertThat(CLOCK.instant(0)).isEqualTo(Instant.parse("2025-06-01T12:00:58Z"));
        assertThat(CLOCK.instant(1.999)).isEqualTo(Instant.parse("2025-06-01T12:00:59Z"));
        assertThat(CLOCK.instant(2.0)).isEqualTo(Instant.parse("2025-06-01T12:01:00Z"));
    }

    /** Ten steps of 0.1 s add up to 0.9999999999999999: that request belongs to second 1. */
    @Test
    void forgivesFloatDriftAtSecondBoundaries() {
        double t = 0;
        for (int i = 0; i < 10; i++) {
            t += 0.1;
        }
        assertThat(t).isLessThan(1.0);
        assertThat(CLOCK.epochSecond(t)).isEqualTo(CLOCK.startEpochSecond() + 1);
        assertThat(CLOCK.epochSecond(1.0 - 1e-6)).as("a real microsecond early is not drift").isEqualTo(CLOCK.startEpochSecond());
    }

    @Test
    void startMustBeAWholeSecond() {
        assertThatThrownBy(() -> UtcClock.startingAt(Instant.parse("2025-06-01T12:00:58.5Z"))).hasMessageContaining("whole second");
    }
}
