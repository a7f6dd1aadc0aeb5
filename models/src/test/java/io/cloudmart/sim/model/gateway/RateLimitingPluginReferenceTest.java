package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The plugin on the indexed store decides and counts as Kong's {@code access} does on the plain map of
 * counters ({@link MapCounterStore}), and {@link RateLimitingPlugin#admit} decides as
 * {@link RateLimitingPlugin#check}, over random traffic for every policy, {@code limit_by} and
 * {@code fault_tolerant}, with store outages.
 */
class RateLimitingPluginReferenceTest {
    private static final UtcClock CLOCK = UtcClock.startingAt(Instant.parse("2024-12-31T23:58:00Z"));
    private static final String SCOPE = "route";

    @Test
    void decidesAndCountsLikeTheMapOfCounters() {
        RandomStream random = new RandomStream("rate-limiting.reference", 7);
        for (int config = 0; config < 24; config++) {
            compare(randomConfig(random), random, 20_000);
        }
    }

    private static RateLimitingConfig randomConfig(RandomStream random) {
        Map<RateLimitPeriod, Long> limits = new EnumMap<>(RateLimitPeriod.class);
        long limit = 1 + random.nextInt(4);
        for (RateLimitPeriod period : RateLimitPeriod.values()) {
            if (random.nextDouble() < 0.4 || (period == RateLimitPeriod.YEAR && limits.isEmpty())) {
                limits.put(period, limit);
                limit += random.nextInt(3 * (int) limit); // a longer period may not allow fewer
            }
        }
        LimitBy[] limitBy = LimitBy.values();
        RateLimitPolicy[] policies = RateLimitPolicy.values();
        return RateLimitingConfig.of(limits).withLimitBy(limitBy[random.nextInt(limitBy.length)])
                .withPolicy(policies[random.nextInt(policies.length)]).withFaultTolerant(random.nextDouble() < 0.5);
    }

    private static void compare(RateLimitingConfig config, RandomStream random, int requests) {
        RateLimitingPlugin checked = new RateLimitingPlugin(config, new CounterStore("checked"), CLOCK, SCOPE);
        RateLimitingPlugin admitted = new RateLimitingPlugin(config, new CounterStore("admitted"), CLOCK, SCOPE);
        MapCounterStore reference = new MapCounterStore();
        List<RequestIdentity> clients = clients();
        RateLimitPeriod[] periods = config.limits().keySet().toArray(new RateLimitPeriod[0]);
        double now = 0;
        for (int k = 0; k < requests; k++) {
            now += random.nextDouble() < 0.97 ? random.nextDouble() * 0.05 : random.nextDouble() * 4_000;
            if (random.nextDouble() < 0.002) {
                boolean up = !checked.store().isAvailable();
                checked.store().setAvailable(up);
                admitted.store().setAvailable(up);
            }
            RequestIdentity who = clients.get(random.nextInt(clients.size()));
            RateLimitDecision decision = checked.check(who, now);
            String what = config + ", request " + k + " from " + who + " at " + now;
            assertThat(admitted.admit(who, now)).as(what).isEqualTo(decision.outcome());
            if (!checked.store().isAvailable()) {
                assertThat(decision.outcome()).as(what).isEqualTo(config.faultTolerant()
                        ? RateLimitDecision.Outcome.ALLOWED : RateLimitDecision.Outcome.ERROR);
                assertThat(decision.limitsApplied()).isFalse();
                continue;
            }
            long epochSecond = CLOCK.epochSecond(now);
            String identifier = who.identifier(config.limitBy());
            long[] usage = new long[periods.length];
            int stop = -1;
            for (int i = 0; i < periods.length; i++) {
                usage[i] = config.policy().countsOnCheck()
                        ? reference.incrementAndGetPrevious(SCOPE, identifier, periods[i], epochSecond)
                        : reference.usage(SCOPE, identifier, periods[i], epochSecond);
                if (config.limits().get(periods[i]) - usage[i] <= 0) {
                    stop = i;
                }
            }
            if (stop < 0 && !config.policy().countsOnCheck()) {
                for (RateLimitPeriod period : periods) {
                    reference.incrementAndGetPrevious(SCOPE, identifier, period, epochSecond);
                }
            }
            assertThat(decision.outcome()).as(what).isEqualTo(stop < 0
                    ? RateLimitDecision.Outcome.ALLOWED : RateLimitDecision.Outcome.REJECTED);
            assertThat(decision.stoppedBy()).as(what).isEqualTo(stop < 0 ? null : periods[stop].kongName());
            for (int i = 0; i < periods.length; i++) {
                long remaining = config.limits().get(periods[i]) - usage[i] - (stop < 0 || stop == i ? 1 : 0);
                assertThat(decision.remaining(periods[i].kongName())).as(what).isEqualTo(Math.max(0, remaining));
            }
            assertThat(checked.store().liveCounters()).as(what).isEqualTo(reference.liveCounters());
            assertThat(admitted.store().liveCounters()).as(what).isEqualTo(reference.liveCounters());
        }
    }

    /** Consumers, anonymous clients (one sharing a consumer's IP) and requests routed to two services. */
    private static List<RequestIdentity> clients() {
        List<RequestIdentity> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(new RequestIdentity("consumer-" + i, "10.0.0." + i, null));
            clients.add(new RequestIdentity("consumer-" + i, "10.0.0." + i, i % 2 == 0 ? "orders" : "search"));
        }
        clients.add(RequestIdentity.anonymous("10.0.0.1"));
        clients.add(RequestIdentity.anonymous("198.18.0.1"));
        clients.add(new RequestIdentity(null, "198.18.0.2", "orders"));
        return clients;
    }
}
