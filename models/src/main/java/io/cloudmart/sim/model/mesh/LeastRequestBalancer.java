package io.cloudmart.sim.model.mesh;

import java.util.List;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Envoy LEAST_REQUEST with equal weights ({@code unweightedHostPickNChoices}, the default
 * {@code N_CHOICES} selection): draw {@code choiceCount} hosts uniformly <em>with replacement</em> and
 * keep the one with the fewest active requests; on a tie the earlier draw wins. With two choices this
 * is "power of two choices" (Mitzenmacher), which Envoy's LB docs and gRPC A48 describe.
 *
 * <p>Envoy's weighted variant (weight / (active + 1)^bias over an EDF schedule) is not modelled:
 * Kubernetes endpoints all carry the same weight.
 */
final class LeastRequestBalancer implements LoadBalancer {
    private final RandomStream stream;
    private final Candidates candidates;
    private final int choiceCount;

    LeastRequestBalancer(RandomStream stream, Candidates candidates, int choiceCount) {
        if (choiceCount < 1) {
            throw new IllegalArgumentException("choice_count must be >= 1, got " + choiceCount);
        }
        this.stream = stream;
        this.candidates = candidates;
        this.choiceCount = choiceCount;
    }

    @Override
    public <H extends Upstream> H choose(List<H> hosts) {
        List<H> available = candidates.of(hosts);
        if (available.isEmpty()) {
            return null;
        }
        H best = null;
        for (int i = 0; i < choiceCount; i++) {
            H sampled = available.get(stream.nextInt(available.size()));
            if (best == null || sampled.activeRequests() < best.activeRequests()) {
                best = sampled;
            }
        }
        return best;
    }
}
