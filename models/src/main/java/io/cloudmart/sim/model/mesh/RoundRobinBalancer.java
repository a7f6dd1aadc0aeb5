package io.cloudmart.sim.model.mesh;

import java.util.List;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Envoy ROUND_ROBIN with equal weights: {@code hosts[index++ % size]} over the available hosts.
 *
 * <p>Envoy starts each balancer's index at a random seed ({@code EdfLoadBalancerBase}'s {@code seed_})
 * so that many proxies do not all begin with the same host; we draw that start from the stream once.
 */
final class RoundRobinBalancer implements LoadBalancer {
    private final Candidates candidates;
    private long next;

    RoundRobinBalancer(RandomStream stream, Candidates candidates) {
        this.candidates = candidates;
        this.next = stream.nextLong() >>> 1;
    }

    @Override
    public <H extends Upstream> H choose(List<H> hosts) {
        List<H> available = candidates.of(hosts);
        if (available.isEmpty()) {
            return null;
        }
        return available.get((int) (next++ % available.size()));
    }
}
