package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The {@code rate-limiting-advanced} window option: the published sliding-window example (Kong blog
 * "How to design a scalable rate limiting algorithm") and the window-types page's burst example.
 */
class SlidingWindowLimiterTest {
    private static final double EPS = 1e-9;
    /** Simulated time 0 is the Unix epoch, so windows of 60 s start at t = 0, 60, 120 … */
    private static final UtcClock EPOCH = new UtcClock(0);
    private static final RequestIdentity ALICE = new RequestIdentity("alice", "10.0.0.1", null);

    private static SlidingWindowLimiter limiter(SlidingWindowConfig config) {
        return new SlidingWindowLimiter(config, new SlidingWindowStore(), EPOCH, "route");
    }

    /** Sends {@code n} requests evenly over [from, to) and returns how many were allowed. */
    private static int send(SlidingWindowLimiter limiter, int n, double from, double to) {
        int allowed = 0;
        for (int k = 0; k < n; k++) {
            allowed += limiter.check(ALICE, from + (to - from) * k / n).allowed() ? 1 : 0;
        }
        return allowed;
    }

    /** Limit 100/min at t = 75 s with 86 hits in the previous window and 12 in this one: 86 × 0.75 + 12 = 76.5. */
    @Test
    void publishedSlidingWindowExample() {
        SlidingWindowLimiter limiter = limiter(SlidingWindowConfig.of(100, 60));
        assertThat(send(limiter, 86, 0, 60)).isEqualTo(86);
        assertThat(send(limiter, 12, 60, 75)).isEqualTo(12);
        assertThat(limiter.estimate(ALICE, 60, 75.0)).isCloseTo(76.5, within(EPS));
        assertThat(limiter.check(ALICE, 75.0).allowed()).isTrue();
    }

    @Test
    void rejectsWhenTheEstimateReachesTheLimit() {
        SlidingWindowLimiter limiter = limiter(SlidingWindowConfig.of(10, 60));
        assertThat(send(limiter, 10, 0, 30)).isEqualTo(10);
        // at 90 s: 10 × (60 - 30) / 60 + 0 = 5 → five more pass, the sixth sees 5 + 5 = 10 ≥ 10
        assertThat(send(limiter, 6, 90, 90)).isEqualTo(5);
    }

    /** Window-types page: limit 10 per 60 s, 12 requests in one minute → 10 accepted, 2 rejected; fixed resets on the minute. */
    @Test
    void fixedWindowAcceptsTenOfTwelveThenResets() {
        SlidingWindowLimiter limiter = limiter(SlidingWindowConfig.of(10, 60).withWindowType(WindowType.FIXED));
        assertThat(send(limiter, 12, 0, 60)).isEqualTo(10);
        RateLimitDecision d = limiter.check(ALICE, 30);
        assertThat(d.retryAfterSeconds()).hasValue(30);
        assertThat(d.stoppedBy()).isEqualTo("60");
        assertThat(send(limiter, 12, 60, 120)).as("next minute").isEqualTo(10);
    }

    /**
     * Window-types page: with a sliding window and the penalty on, a client that keeps sending 12/min
     * against 10/min "appears never reset" (estimate stays 12); with disable_penalty it gets through again.
     */
    @Test
    void penaltyKeepsAnOverRateClientBlocked() {
        SlidingWindowLimiter penalised = limiter(SlidingWindowConfig.of(10, 60));
        assertThat(send(penalised, 12, 0, 60)).isEqualTo(10);
        int later = 0;
        for (int minute = 1; minute < 10; minute++) {
            later += send(penalised, 12, 60.0 * minute, 60.0 * (minute + 1));
        }
        assertThat(later).as("blocked for nine more minutes").isZero();

        SlidingWindowLimiter lenient = limiter(SlidingWindowConfig.of(10, 60).withDisablePenalty(true));
        assertThat(send(lenient, 12, 0, 60)).isEqualTo(10);
        for (int minute = 1; minute < 10; minute++) {
            int allowed = send(lenient, 12, 60.0 * minute, 60.0 * (minute + 1));
            assertThat(allowed).as("minute %d", minute).isBetween(1, 10);
        }
    }

    @Test
    void disablePenaltyOnlyMattersForSlidingWindows() {
        assertThat(SlidingWindowConfig.of(10, 60).countsRejected()).isTrue();
        assertThat(SlidingWindowConfig.of(10, 60).withDisablePenalty(true).countsRejected()).isFalse();
        assertThat(SlidingWindowConfig.of(10, 60).withWindowType(WindowType.FIXED).countsRejected()).isFalse();
    }

    @Test
    void everyPairIsEnforced() {
        SlidingWindowConfig config = new SlidingWindowConfig(List.of(10L, 25L), List.of(1L, 60L), WindowType.FIXED, null, null, null);
        SlidingWindowLimiter limiter = limiter(config);
        assertThat(send(limiter, 15, 0, 1)).isEqualTo(10);
        assertThat(send(limiter, 15, 1, 2)).isEqualTo(10);
        assertThat(send(limiter, 15, 2, 3)).as("25 per minute").isEqualTo(5);
        RateLimitDecision d = limiter.check(ALICE, 3);
        assertThat(d.stoppedBy()).isEqualTo("60");
        assertThat(d.retryAfterSeconds()).hasValue(57);
    }

    @Test
    void configIsValidated() {
        assertThatThrownBy(() -> new SlidingWindowConfig(List.of(10L), List.of(60L, 3600L), null, null, null, null))
                .hasMessageContaining("same length");
        assertThatThrownBy(() -> SlidingWindowConfig.of(0, 60)).hasMessageContaining("> 0");
        SlidingWindowConfig defaults = SlidingWindowConfig.of(10, 60);
        assertThat(defaults.windowType()).isEqualTo(WindowType.SLIDING);
        assertThat(defaults.identifier()).isEqualTo(LimitBy.CONSUMER);
        assertThat(defaults.disablePenalty()).isFalse();
        assertThat(defaults.errorCode()).isEqualTo(429);
    }

    /** Memory: a new identifier every request for 20 windows; only keys of the last two windows stay. */
    @Test
    void onlyTheLastTwoWindowsAreKept() {
        SlidingWindowStore store = new SlidingWindowStore();
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(SlidingWindowConfig.of(5, 10).withIdentifier(LimitBy.IP),
                store, EPOCH, "route");
        int perSecond = 50;
        for (int k = 0; k < 200 * perSecond; k++) {
            limiter.check(RequestIdentity.anonymous("ip-" + k), (double) k / perSecond);
        }
        assertThat(store.liveCounters()).isEqualTo(2 * 10 * perSecond);
    }
}
