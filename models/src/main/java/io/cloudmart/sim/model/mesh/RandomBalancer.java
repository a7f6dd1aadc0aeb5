package io.cloudmart.sim.model.mesh;

import java.util.List;

import io.cloudmart.sim.core.random.RandomStream;

/** Envoy RANDOM: a uniformly random available host. */
final class RandomBalancer implements LoadBalancer {
    private final RandomStream stream;
    private final Candidates candidates;

    RandomBalancer(RandomStream stream, Candidates candidates) {
        this.stream = stream;
        this.candidates = candidates;
    }

    @Override
    public <H extends Upstream> H choose(List<H> hosts) {
        List<H> available = candidates.of(hosts);
        if (available.isEmpty()) {
            return null;
        }
        return available.get(stream.nextInt(available.size()));
    }
}
