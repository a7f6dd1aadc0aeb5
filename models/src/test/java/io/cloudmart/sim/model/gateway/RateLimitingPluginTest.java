package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The counting algorithm of Kong's {@code rate-limiting} plugin ({@code handler.lua},
 * {@code policies/init.lua} @22246ef), driven directly with simulated times.
 */
class RateLimitingPluginTest {
    private static final RequestIdentity ALICE = new RequestIdentity("alice", "10.0.0.1", null);

    private static RateLimitingPlugin plugin(RateLimitingConfig config, String startIso) {
        return new RateLimitingPlugin(config, new CounterStore("test"), UtcClock.startingAt(Instant.parse(startIso)), "route-1");
    }

    private static int allowed(RateLimitingPlugin plugin, RequestIdentity who, int requests, double from, double to) {
        int allowed = 0;
        for (int k = 0; k < requests; k++) {
            if (plugin.check(who, from + (to - from) * k / requests).allowed()) {
                allowed++;
            }
        }
        return allowed;
    }

    /** domain-facts Appendix A oracle 5: {@code minute: 5} starting at 12:00:58 UTC. */
    @Test
    void minuteWindowResetsOnTheCalendarBoundary() {
        RateLimitingPlugin p = plugin(RateLimitingConfig.of(Map.of(RateLimitPeriod.MINUTE, 5L)), "2025-06-01T12:00:58Z");
        List<Long> remaining = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RateLimitDecision d = p.check(ALICE, 0.0);
            assertThat(d.allowed()).isTrue();
            assertThat(d.resetSeconds()).as("RateLimit-Reset at :58").isEqualTo(2);
            remaining.add(d.remaining("minute"));
        }
        assertThat(remaining).as("X-RateLimit-Remaining-Minute").containsExactly(4L, 3L, 2L, 1L, 0L);

        RateLimitDecision sixth = p.check(ALICE, 0.5);
        assertThat(sixth.outcome()).isEqualTo(RateLimitDecision.Outcome.REJECTED);
        assertThat(sixth.httpStatus()).isEqualTo(429);
        assertThat(sixth.stoppedBy()).isEqualTo("minute");
        assertThat(sixth.remaining("minute")).isZero();
        assertThat(sixth.retryAfterSeconds()).hasValue(2);
        assertThat(p.check(ALICE, 1.0).retryAfterSeconds()).as("at 12:00:59").hasValue(1);

        RateLimitDecision next = p.check(ALICE, 2.0);
        assertThat(next.allowed()).as("12:01:00 opens a new window").isTrue();
        assertThat(next.remaining("minute")).isEqualTo(4);
        assertThat(next.retryAfterSeconds()).isEmpty();
    }

    /** Rejected requests do not consume quota with local or cluster: the minute budget is spent only by the 10 allowed. */
    @Test
    void rejectedRequestsAreNotCounted() {
        for (RateLimitPolicy policy : List.of(RateLimitPolicy.LOCAL, RateLimitPolicy.CLUSTER)) {
            RateLimitingConfig config = RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 10L, RateLimitPeriod.MINUTE, 15L))
                    .withPolicy(policy);
            RateLimitingPlugin p = plugin(config, "2025-06-01T12:00:00Z");
            assertThat(allowed(p, ALICE, 25, 0, 1)).as(policy + ", second 0").isEqualTo(10);
            assertThat(allowed(p, ALICE, 25, 1, 2)).as(policy + ", second 1: 15 - 10 left in the minute").isEqualTo(5);
            assertThat(allowed(p, ALICE, 25, 2, 3)).as(policy + ", minute spent").isZero();
        }
    }

    /** With {@code redis} (sync_rate -1) the check is an INCR of every period, so rejected requests count. */
    @Test
    void redisPolicyCountsEveryCheckedRequest() {
        RateLimitingConfig config = RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 10L, RateLimitPeriod.MINUTE, 15L))
                .withPolicy(RateLimitPolicy.REDIS);
        RateLimitingPlugin p = plugin(config, "2025-06-01T12:00:00Z");
        assertThat(allowed(p, ALICE, 25, 0, 1)).isEqualTo(10);
        assertThat(allowed(p, ALICE, 25, 1, 2)).as("the 25 checks of second 0 already spent the minute").isZero();
        assertThat(p.store().usage("route-1", "alice", RateLimitPeriod.MINUTE, Instant.parse("2025-06-01T12:00:01Z").getEpochSecond()))
                .isEqualTo(50);
    }

    /** Month windows are calendar months: the 31st of January is still January; 1 February starts afresh. */
    @Test
    void monthWindowsUseCalendarMonths() {
        RateLimitingPlugin p = plugin(RateLimitingConfig.of(Map.of(RateLimitPeriod.MONTH, 3L)), "2025-01-31T23:59:57Z");
        assertThat(allowed(p, ALICE, 3, 0, 1)).isEqualTo(3);
        RateLimitDecision rejected = p.check(ALICE, 1);
        assertThat(rejected.allowed()).isFalse();
        assertThat(rejected.retryAfterSeconds()).as("Kong counts a month as 30 days in RateLimit-Reset: max(1, 30 d - 30 d 23:59:58)")
                .hasValue(1);
        assertThat(p.check(ALICE, 2).allowed()).as("23:59:59 is still January").isFalse();
        assertThat(p.check(ALICE, 3).allowed()).as("1 February 00:00:00").isTrue();
    }

    /**
     * Kong's counter TTL is 30 days for a month: a counter created on 1 January expires on the 31st and the
     * quota starts again there ({@code shm:incr(key, 1, 0, EXPIRATION.month)}).
     */
    @Test
    void monthCounterExpiresThirtyDaysAfterItWasCreated() {
        RateLimitingPlugin p = plugin(RateLimitingConfig.of(Map.of(RateLimitPeriod.MONTH, 3L)), "2025-01-01T00:00:10Z");
        assertThat(allowed(p, ALICE, 4, 0, 1)).isEqualTo(3);
        double thirtyDays = 30 * 86_400.0;
        assertThat(p.check(ALICE, thirtyDays - 1).allowed()).as("31 Jan 00:00:09").isFalse();
        assertThat(p.check(ALICE, thirtyDays).allowed()).as("31 Jan 00:00:10: the counter expired").isTrue();
    }

    /** RateLimit-* and Retry-After follow the most restrictive period: lowest remaining, ties to the longer one. */
    @Test
    void headersFollowTheMostRestrictivePeriod() {
        RateLimitingPlugin p = plugin(RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 2L, RateLimitPeriod.MINUTE, 3L)),
                "2025-06-01T12:00:00Z");
        RateLimitDecision first = p.check(ALICE, 0);
        assertThat(first.windows()).containsExactly(new RateLimitDecision.WindowUsage("second", 2, 1),
                new RateLimitDecision.WindowUsage("minute", 3, 2));
        assertThat(first.limit()).isEqualTo(2);
        assertThat(first.remaining()).isEqualTo(1);
        assertThat(first.resetSeconds()).isEqualTo(1);
        p.check(ALICE, 0);
        RateLimitDecision third = p.check(ALICE, 0);
        assertThat(third.stoppedBy()).isEqualTo("second");
        assertThat(third.remaining("minute")).as("a non-stopping period is not decremented on a rejection").isEqualTo(1);
        assertThat(third.retryAfterSeconds()).hasValue(1);
        RateLimitDecision fourth = p.check(ALICE, 1);
        assertThat(fourth.allowed()).isTrue();
        assertThat(fourth.limit()).isEqualTo(3);
        assertThat(fourth.resetSeconds()).isEqualTo(59);
        RateLimitDecision fifth = p.check(ALICE, 2);
        assertThat(fifth.stoppedBy()).isEqualTo("minute");
        assertThat(fifth.remaining("second")).isEqualTo(2);
        assertThat(fifth.retryAfterSeconds()).hasValue(58);

        RateLimitingPlugin tie = plugin(RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 1L, RateLimitPeriod.MINUTE, 1L)),
                "2025-06-01T12:00:00Z");
        RateLimitDecision d = tie.check(ALICE, 0);
        assertThat(d.remaining()).isZero();
        assertThat(d.resetSeconds()).as("tie at 0 remaining goes to the minute").isEqualTo(60);
    }

    @Test
    void storeOutageAppliesFaultTolerant() {
        RateLimitingConfig config = RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 1L)).withPolicy(RateLimitPolicy.CLUSTER);
        RateLimitingPlugin tolerant = plugin(config, "2025-06-01T12:00:00Z");
        tolerant.store().setAvailable(false);
        for (int i = 0; i < 3; i++) {
            RateLimitDecision d = tolerant.check(ALICE, 0);
            assertThat(d.allowed()).isTrue();
            assertThat(d.limitsApplied()).isFalse();
            assertThat(d.windows()).isEmpty();
        }
        tolerant.store().setAvailable(true);
        assertThat(tolerant.check(ALICE, 0.5).allowed()).as("nothing was counted during the outage").isTrue();
        assertThat(tolerant.check(ALICE, 0.5).allowed()).isFalse();

        RateLimitingPlugin strict = plugin(config.withFaultTolerant(false), "2025-06-01T12:00:00Z");
        strict.store().setAvailable(false);
        RateLimitDecision d = strict.check(ALICE, 0);
        assertThat(d.outcome()).isEqualTo(RateLimitDecision.Outcome.ERROR);
        assertThat(d.httpStatus()).isEqualTo(500);
    }

    @Test
    void limitByChoosesWhoSharesACounter() {
        RequestIdentity bob = new RequestIdentity("bob", "10.0.0.1", null);
        RequestIdentity anonymous = RequestIdentity.anonymous("10.0.0.1");
        Map<RateLimitPeriod, Long> limits = Map.of(RateLimitPeriod.SECOND, 1L);

        RateLimitingPlugin byConsumer = plugin(RateLimitingConfig.of(limits), "2025-06-01T12:00:00Z");
        assertThat(byConsumer.check(ALICE, 0).allowed()).isTrue();
        assertThat(byConsumer.check(bob, 0).allowed()).as("another consumer behind the same IP").isTrue();
        assertThat(byConsumer.check(anonymous, 0).allowed()).as("no consumer: counted by IP").isTrue();
        assertThat(byConsumer.check(anonymous, 0).allowed()).isFalse();

        RateLimitingPlugin byIp = plugin(RateLimitingConfig.of(limits).withLimitBy(LimitBy.IP), "2025-06-01T12:00:00Z");
        assertThat(byIp.check(ALICE, 0).allowed()).isTrue();
        assertThat(byIp.check(bob, 0).allowed()).as("same IP, same counter").isFalse();
    }

    @Test
    void pluginInstancesOnOneSharedStoreKeepSeparateCounters() {
        CounterStore redis = new CounterStore("redis");
        UtcClock clock = UtcClock.startingAt(Instant.parse("2025-06-01T12:00:00Z"));
        RateLimitingConfig config = RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 1L)).withErrorCode(503);
        RateLimitingPlugin orders = new RateLimitingPlugin(config, redis, clock, "orders");
        RateLimitingPlugin search = new RateLimitingPlugin(config, redis, clock, "search");
        assertThat(orders.check(ALICE, 0).allowed()).isTrue();
        assertThat(search.check(ALICE, 0).allowed()).isTrue();
        assertThat(orders.check(ALICE, 0).httpStatus()).as("error_code").isEqualTo(503);
    }

    /**
     * Memory: a new identifier on every request for ten minutes (60,000 identifiers); only the current
     * second's and the current minute's counters are held at the end.
     */
    @Test
    void onlyCurrentWindowsAreKept() {
        RateLimitingConfig config = RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 5L, RateLimitPeriod.MINUTE, 50L))
                .withLimitBy(LimitBy.IP);
        RateLimitingPlugin p = plugin(config, "2025-06-01T12:00:00Z");
        int perSecond = 100;
        int requests = 600 * perSecond;
        for (int k = 0; k < requests; k++) {
            p.check(RequestIdentity.anonymous("ip-" + k), (double) k / perSecond);
            assertThat(p.store().liveCounters()).isLessThanOrEqualTo(perSecond + 60 * perSecond);
        }
        assertThat(p.store().liveCounters()).as("last second + last minute").isEqualTo(perSecond + 60 * perSecond);
    }
}
