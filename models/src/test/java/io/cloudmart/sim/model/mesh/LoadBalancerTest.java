package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The three balancers against Envoy's documented behaviour: ROUND_ROBIN rotates, RANDOM is uniform,
 * LEAST_REQUEST keeps the less loaded of two hosts drawn with replacement, ejected hosts get no traffic
 * unless the cluster is in panic.
 */
class LoadBalancerTest {
    private static final int PICKS = 100_000;

    private static List<UpstreamHost> hosts(int n) {
        List<UpstreamHost> hosts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hosts.add(new UpstreamHost("pod-" + i));
        }
        return hosts;
    }

    private static RandomStream stream(long seed) {
        return new RandomStream("test.lb", seed);
    }

    private static Map<UpstreamHost, Integer> counts(LoadBalancer lb, List<UpstreamHost> hosts, int picks) {
        Map<UpstreamHost, Integer> counts = new HashMap<>();
        for (int i = 0; i < picks; i++) {
            counts.merge(lb.choose(hosts), 1, Integer::sum);
        }
        return counts;
    }

    private static void setLoads(List<UpstreamHost> hosts, int... loads) {
        for (int i = 0; i < loads.length; i++) {
            for (int r = 0; r < loads[i]; r++) {
                hosts.get(i).requestStarted();
            }
        }
    }

    @Test
    void roundRobinCyclesExactly() {
        List<UpstreamHost> hosts = hosts(4);
        LoadBalancer lb = LoadBalancer.create(LbPolicy.ROUND_ROBIN, stream(1));
        int previous = hosts.indexOf(lb.choose(hosts));
        for (int i = 0; i < 400; i++) {
            int current = hosts.indexOf(lb.choose(hosts));
            assertThat(current).as("pick %d follows %d", i, previous).isEqualTo((previous + 1) % hosts.size());
            previous = current;
        }
    }

    @Test
    void roundRobinStartsAtADrawnOffsetLikeEnvoysSeed() {
        List<UpstreamHost> hosts = hosts(8);
        Set<UpstreamHost> firsts = new HashSet<>();
        for (long seed = 0; seed < 64; seed++) {
            firsts.add(LoadBalancer.create(LbPolicy.ROUND_ROBIN, stream(seed)).choose(hosts));
        }
        assertThat(firsts).as("first picks over 64 seeds").hasSizeGreaterThan(4);
    }

    @Test
    void roundRobinRotatesOverTheHealthyHostsOnly() {
        List<UpstreamHost> hosts = hosts(4);
        hosts.get(2).setEjected(true);
        LoadBalancer lb = LoadBalancer.create(LbPolicy.ROUND_ROBIN, stream(2));
        Map<UpstreamHost, Integer> counts = counts(lb, hosts, 300);
        assertThat(counts).doesNotContainKey(hosts.get(2));
        assertThat(counts.values()).containsOnly(100);
    }

    @Test
    void randomIsUniform() {
        List<UpstreamHost> hosts = hosts(4);
        setLoads(hosts, 0, 3, 7, 1);
        Map<UpstreamHost, Integer> counts = counts(LoadBalancer.create(LbPolicy.RANDOM, stream(3)), hosts, PICKS);
        for (UpstreamHost host : hosts) {
            Binomial.assertWithin(counts.get(host), PICKS, 0.25, Binomial.Z_999, host.name());
        }
    }

    /** Two hosts, loads 0 and 5: the loaded one wins only when both draws (with replacement) hit it, 1/4 of the time. */
    @Test
    void leastRequestPicksTheLessLoadedOfTwo() {
        List<UpstreamHost> hosts = hosts(2);
        setLoads(hosts, 0, 5);
        Map<UpstreamHost, Integer> counts = counts(LoadBalancer.create(LbPolicy.LEAST_REQUEST, stream(4)), hosts, PICKS);
        Binomial.assertWithin(counts.getOrDefault(hosts.get(1), 0), PICKS, 0.25, Binomial.Z_999, "busy host");
    }

    /**
     * Three hosts with distinct loads: P(the k-th least loaded) = ((n−k)/n)² − ((n−k−1)/n)², that is 5/9,
     * 3/9 and 1/9 for two draws with replacement (random would give 1/3 each, a full scan 1, 0, 0).
     */
    @Test
    void leastRequestMatchesThePowerOfTwoChoicesLaw() {
        List<UpstreamHost> hosts = hosts(3);
        setLoads(hosts, 2, 0, 1);
        Map<UpstreamHost, Integer> counts = counts(LoadBalancer.create(LbPolicy.LEAST_REQUEST, stream(5)), hosts, PICKS);
        Binomial.assertWithin(counts.get(hosts.get(1)), PICKS, 5.0 / 9, Binomial.Z_999, "least loaded");
        Binomial.assertWithin(counts.get(hosts.get(2)), PICKS, 3.0 / 9, Binomial.Z_999, "middle");
        Binomial.assertWithin(counts.get(hosts.get(0)), PICKS, 1.0 / 9, Binomial.Z_999, "most loaded");
    }

    @Test
    void leastRequestFollowsTheActiveCountsAsTheyChange() {
        List<UpstreamHost> hosts = hosts(2);
        LoadBalancer lb = LoadBalancer.create(LbPolicy.LEAST_REQUEST, stream(6));
        hosts.get(0).requestStarted();
        hosts.get(0).requestStarted();
        int toIdle = 0;
        for (int i = 0; i < 1000; i++) {
            UpstreamHost chosen = lb.choose(hosts);
            if (chosen == hosts.get(1)) {
                toIdle++;
            }
        }
        hosts.get(0).requestFinished();
        hosts.get(0).requestFinished();
        assertThat(toIdle).as("picks of the idle host out of 1000").isBetween(650, 850);
    }

    @ParameterizedTest
    @EnumSource(LbPolicy.class)
    void ejectedHostsGetNoTraffic(LbPolicy policy) {
        List<UpstreamHost> hosts = hosts(4);
        hosts.get(1).setEjected(true);
        Map<UpstreamHost, Integer> counts = counts(LoadBalancer.create(policy, stream(7)), hosts, 10_000);
        assertThat(counts).doesNotContainKey(hosts.get(1)).hasSize(3);
    }

    /** Exactly 50 % healthy is not below the 50 % threshold: still no traffic to ejected hosts. */
    @ParameterizedTest
    @EnumSource(LbPolicy.class)
    void halfHealthyIsNotPanic(LbPolicy policy) {
        List<UpstreamHost> hosts = hosts(4);
        hosts.get(0).setEjected(true);
        hosts.get(3).setEjected(true);
        Map<UpstreamHost, Integer> counts = counts(LoadBalancer.create(policy, stream(8)), hosts, 10_000);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(hosts.get(1), hosts.get(2));
    }

    /** 1 of 4 healthy (25 % < 50 %): panic, Envoy balances over all hosts, ejected ones included. */
    @ParameterizedTest
    @EnumSource(LbPolicy.class)
    void panicBalancesOverAllHosts(LbPolicy policy) {
        List<UpstreamHost> hosts = hosts(4);
        for (int i = 1; i < 4; i++) {
            hosts.get(i).setEjected(true);
        }
        Map<UpstreamHost, Integer> counts = counts(LoadBalancer.create(policy, stream(9)), hosts, 10_000);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(hosts);
    }

    /** Istio with outlier detection sets the panic threshold to minHealthPercent (0): no panic, no host, 503 UH. */
    @ParameterizedTest
    @EnumSource(LbPolicy.class)
    void withoutPanicAllEjectedMeansNoHost(LbPolicy policy) {
        List<UpstreamHost> hosts = hosts(3);
        hosts.forEach(h -> h.setEjected(true));
        LoadBalancer lb = LoadBalancer.create(policy, stream(10), OutlierDetection.istioDefault().panicThresholdPercent());
        assertThat(lb.choose(hosts)).isNull();
        assertThat(lb.choose(List.<UpstreamHost>of())).isNull();
    }

    /** Envoy's previous_hosts predicate: with 2 hosts a retry lands on the tried host only if 5 picks in a row do, 1/32. */
    @Test
    void retriesAvoidThePreviousHostUpToFivePicks() {
        List<UpstreamHost> hosts = hosts(2);
        LoadBalancer lb = LoadBalancer.create(LbPolicy.RANDOM, stream(11));
        int samePod = 0;
        for (int i = 0; i < PICKS; i++) {
            if (lb.chooseAvoiding(hosts, Set.of(hosts.get(0)), LoadBalancer.ISTIO_HOST_SELECTION_RETRY_MAX_ATTEMPTS)
                    == hosts.get(0)) {
                samePod++;
            }
        }
        Binomial.assertWithin(samePod, PICKS, 1.0 / 32, Binomial.Z_999, "retries on the previous host");
    }

    @Test
    void sameSeedSamePicks() {
        List<UpstreamHost> hosts = hosts(5);
        setLoads(hosts, 1, 0, 2, 0, 1);
        for (LbPolicy policy : LbPolicy.values()) {
            LoadBalancer a = LoadBalancer.create(policy, stream(12));
            LoadBalancer b = LoadBalancer.create(policy, stream(12));
            for (int i = 0; i < 100; i++) {
                assertThat(a.choose(hosts)).isSameAs(b.choose(hosts));
            }
        }
    }

    @Test
    void istioPolicyNames() {
        assertThat(LbPolicy.fromIstio(null)).isEqualTo(LbPolicy.LEAST_REQUEST);
        assertThat(LbPolicy.fromIstio(" ")).isEqualTo(LbPolicy.LEAST_REQUEST);
        assertThat(LbPolicy.fromIstio("LEAST_CONN")).isEqualTo(LbPolicy.LEAST_REQUEST);
        assertThat(LbPolicy.fromIstio("round_robin")).isEqualTo(LbPolicy.ROUND_ROBIN);
        assertThat(LbPolicy.fromIstio("RANDOM")).isEqualTo(LbPolicy.RANDOM);
        assertThatThrownBy(() -> LbPolicy.fromIstio("PASSTHROUGH")).hasMessageContaining("PASSTHROUGH");
    }

    @Test
    void hostCountsItsActiveRequests() {
        UpstreamHost host = new UpstreamHost("pod-x");
        host.requestStarted();
        host.requestStarted();
        host.requestFinished();
        assertThat(host.activeRequests()).isEqualTo(1);
        host.requestFinished();
        assertThatThrownBy(host::requestFinished).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LoadBalancer.create(LbPolicy.RANDOM, stream(1), 101)).hasMessageContaining("panic");
    }
}
