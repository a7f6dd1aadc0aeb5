package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The indexed counter store counts exactly as the map of counters it replaced ({@link MapCounterStore}):
 * the same reads, the same counts before each increment and the same number of counters held, over random
 * traffic that rolls every period's windows, lets month and year counters expire and keeps bringing new
 * identifiers (so slots are given back and reused).
 */
class CounterStoreTest {
    private static final String[] SCOPES = {"route", "orders", "search"};
    private static final RateLimitPeriod[] PERIODS = RateLimitPeriod.values();

    @Test
    void countsLikeTheMapOfCountersOverRandomTraffic() {
        for (long seed = 1; seed <= 4; seed++) {
            compareOverRandomTraffic(new RandomStream("counter-store.ops", seed), 150_000);
        }
    }

    private static void compareOverRandomTraffic(RandomStream random, int operations) {
        CounterStore store = new CounterStore("indexed");
        MapCounterStore reference = new MapCounterStore();
        int[] scopes = new int[SCOPES.length];
        for (int i = 0; i < SCOPES.length; i++) {
            scopes[i] = store.scope(SCOPES[i]);
        }
        List<String> regulars = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            regulars.add("consumer-" + i);
        }
        int fresh = 0;
        // a leap year, so a year counter created on 1 January expires during 31 December
        long now = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        // the last increment: the op may come back exactly when that counter's time-to-live ends
        int lastScope = 0;
        String lastIdentifier = regulars.get(0);
        RateLimitPeriod lastPeriod = RateLimitPeriod.SECOND;
        long lastCounted = now;
        for (int op = 0; op < operations; op++) {
            now += step(random);
            int s = random.nextInt(SCOPES.length);
            String identifier = random.nextDouble() < 0.15
                    ? "10.9." + (fresh / 250) + "." + (fresh++ % 250) // a client seen once
                    : regulars.get(random.nextInt(regulars.size()));
            RateLimitPeriod period = PERIODS[random.nextInt(PERIODS.length)];
            if (random.nextDouble() < 0.01) {
                s = lastScope;
                identifier = lastIdentifier;
                period = lastPeriod;
                now = Math.max(now, lastCounted + period.expirationSeconds() - random.nextInt(2));
            }
            if (random.nextDouble() < 0.3) {
                identifier = new String(identifier); // equal, not the same instance
            }
            int slot = store.slot(scopes[s], identifier);
            String what = "op " + op + ": " + SCOPES[s] + ":" + identifier + " " + period + " at " + now;
            if (random.nextDouble() < 0.4) {
                assertThat(store.usage(slot, period, now)).as(what)
                        .isEqualTo(reference.usage(SCOPES[s], identifier, period, now));
                assertThat(store.usage(SCOPES[s], identifier, period, now)).as(what + " by name")
                        .isEqualTo(reference.usage(SCOPES[s], identifier, period, now));
            } else {
                assertThat(store.incrementAndGetPrevious(slot, period, now)).as(what)
                        .isEqualTo(reference.incrementAndGetPrevious(SCOPES[s], identifier, period, now));
                lastScope = s;
                lastIdentifier = identifier;
                lastPeriod = period;
                lastCounted = now;
            }
            assertThat(store.liveCounters()).as(what).isEqualTo(reference.liveCounters());
        }
        assertThat(fresh).as("enough new identifiers to give slots back").isGreaterThan(20_000);
    }

    /** Mostly within the second, sometimes a minute or an hour on, rarely days (to reach month and year ends). */
    private static long step(RandomStream random) {
        double u = random.nextDouble();
        if (u < 0.6) {
            return 0;
        }
        if (u < 0.9) {
            return random.nextInt(3);
        }
        if (u < 0.99) {
            return random.nextInt(4_000);
        }
        return random.nextInt(12 * 86_400);
    }

    /** A month counter created on 1 January lives 30 days to the second (Kong's TTL), inside January's window. */
    @Test
    void aMonthCounterExpiresThirtyDaysToTheSecondAfterItsCreation() {
        CounterStore store = new CounterStore("shm");
        MapCounterStore reference = new MapCounterStore();
        int slot = store.slot(store.scope("route"), "alice");
        long created = Instant.parse("2025-01-01T00:00:10Z").getEpochSecond();
        long expires = created + RateLimitPeriod.MONTH.expirationSeconds();
        for (long t : new long[] {created, created, expires - 1, expires, expires}) {
            assertThat(store.incrementAndGetPrevious(slot, RateLimitPeriod.MONTH, t)).as("at " + t)
                    .isEqualTo(reference.incrementAndGetPrevious("route", "alice", RateLimitPeriod.MONTH, t));
        }
        assertThat(store.usage(slot, RateLimitPeriod.MONTH, expires)).as("counted again from 31 January 00:00:10").isEqualTo(2);
        assertThat(store.liveCounters()).isEqualTo(reference.liveCounters()).isEqualTo(1);
    }

    @Test
    void theSameIdentifierUnderAnotherScopeIsAnotherCounter() {
        CounterStore store = new CounterStore("redis");
        int orders = store.scope("orders");
        int search = store.scope("search");
        assertThat(store.scope("orders")).isEqualTo(orders);
        store.incrementAndGetPrevious(store.slot(orders, "alice"), RateLimitPeriod.SECOND, 100);
        store.incrementAndGetPrevious(store.slot(orders, "alice"), RateLimitPeriod.SECOND, 100);
        assertThat(store.usage("orders", "alice", RateLimitPeriod.SECOND, 100)).isEqualTo(2);
        assertThat(store.usage("search", "alice", RateLimitPeriod.SECOND, 100)).isZero();
        assertThat(store.usage(store.slot(search, "alice"), RateLimitPeriod.SECOND, 100)).isZero();
        assertThat(store.usage("unknown", "alice", RateLimitPeriod.SECOND, 100)).isZero();
    }

    @Test
    void anOutageFailsEveryReadAndWrite() {
        CounterStore store = new CounterStore("redis");
        int scope = store.scope("route");
        int slot = store.slot(scope, "alice");
        store.setAvailable(false);
        assertThatThrownBy(() -> store.slot(scope, "alice")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'redis' is unavailable");
        assertThatThrownBy(() -> store.usage(slot, RateLimitPeriod.SECOND, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.incrementAndGetPrevious(slot, RateLimitPeriod.SECOND, 0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.usage("route", "alice", RateLimitPeriod.SECOND, 0))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timeGoingBackIsRefused() {
        CounterStore store = new CounterStore("shm");
        int slot = store.slot(store.scope("route"), "alice");
        store.increment(slot, RateLimitPeriod.MINUTE, 120);
        assertThatThrownBy(() -> store.usage(slot, RateLimitPeriod.MINUTE, 119)).hasMessageContaining("time went back");
    }
}
