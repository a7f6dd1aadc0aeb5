package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.RunSettings;

/** The acceptance checks, driven through a tiny {@link Simulation} with evenly spaced requests. */
class RateLimitingAcceptanceTest {
    private static final UtcClock CLOCK = UtcClock.startingAt(Instant.parse("2025-06-01T12:00:00Z"));
    private static final RequestIdentity ALICE = new RequestIdentity("alice", "10.0.0.1", null);
    private static final int SECONDS = 60;

    /**
     * Sends {@code ratePerSecond} requests per second from one consumer, round robin over the nodes, and
     * returns how many each UTC second let through.
     */
    private static long[] allowedPerSecond(RateLimitingNodes gateway, double ratePerSecond) {
        Simulation sim = new Simulation(new RunSettings("kong", 1, 0, SECONDS, 0, 10.0));
        long[] allowed = new long[SECONDS + 1];
        long[] sent = new long[1];
        sim.every(1.0 / ratePerSecond, "client request", () -> {
            RateLimitingPlugin node = gateway.node((int) (sent[0]++ % gateway.nodeCount()));
            if (node.check(ALICE, sim.now()).allowed()) {
                allowed[(int) (CLOCK.epochSecond(sim.now()) - CLOCK.startEpochSecond())]++;
            }
        });
        sim.run();
        return allowed;
    }

    @Test
    void oneConsumerAt25PerSecondGetsExactlyTenPerSecondThrough() {
        RateLimitingConfig config = RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 10L));
        long[] allowed = allowedPerSecond(RateLimitingNodes.create(config, "route", 1, CLOCK), 25);
        for (int s = 0; s < SECONDS; s++) {
            assertThat(allowed[s]).as("second %d", s).isEqualTo(10);
        }
    }

    /** domain-facts Appendix A oracle 6: {@code local} on 3 round-robin nodes lets 3 × limit through. */
    @Test
    void localPolicyOnThreeNodesLetsThirtyThroughClusterTen() {
        Map<RateLimitPeriod, Long> limits = Map.of(RateLimitPeriod.SECOND, 10L);
        RateLimitingNodes local = RateLimitingNodes.create(RateLimitingConfig.of(limits), "route", 3, CLOCK);
        RateLimitingNodes cluster = RateLimitingNodes.create(
                RateLimitingConfig.of(limits).withPolicy(RateLimitPolicy.CLUSTER), "route", 3, CLOCK);
        assertThat(local.stores()).hasSize(3);
        assertThat(cluster.stores()).hasSize(1);
        assertThat(cluster.sharedStore()).isPresent();

        long[] viaLocal = allowedPerSecond(local, 60);
        long[] viaCluster = allowedPerSecond(cluster, 60);
        for (int s = 0; s < SECONDS; s++) {
            assertThat(viaLocal[s]).as("local, second %d", s).isEqualTo(30);
            assertThat(viaCluster[s]).as("cluster, second %d", s).isEqualTo(10);
        }
        long[] underLimit = allowedPerSecond(RateLimitingNodes.create(RateLimitingConfig.of(limits), "route", 3, CLOCK), 25);
        assertThat(underLimit[10]).as("local, 25/s is under 3 × 10: all pass").isEqualTo(25);
    }
}
