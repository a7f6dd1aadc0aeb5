package io.cloudmart.sim.model.mesh;

import java.util.ArrayList;
import java.util.List;

/**
 * The hosts a balancer may pick from: all hosts when none is ejected or when the cluster is in
 * panic (healthy share strictly below the threshold, as in Envoy's {@code isHostSetInPanic}),
 * otherwise only the hosts that are not ejected (possibly none).
 */
final class Candidates {
    private final double panicThresholdPercent;

    Candidates(double panicThresholdPercent) {
        if (!(panicThresholdPercent >= 0 && panicThresholdPercent <= 100)) {
            throw new IllegalArgumentException("panic threshold must be in [0, 100] %, got " + panicThresholdPercent);
        }
        this.panicThresholdPercent = panicThresholdPercent;
    }

    /** The hosts to balance over; the same list when nothing is ejected, so the common case allocates nothing. */
    <H extends Upstream> List<H> of(List<H> hosts) {
        int ejected = 0;
        // by index: this runs for every pick, and an iterator per pick is garbage (the hosts are array lists)
        for (int i = 0; i < hosts.size(); i++) {
            if (hosts.get(i).ejected()) {
                ejected++;
            }
        }
        if (ejected == 0) {
            return hosts;
        }
        double healthyPercent = 100.0 * (hosts.size() - ejected) / hosts.size();
        if (healthyPercent < panicThresholdPercent) {
            return hosts;
        }
        List<H> healthy = new ArrayList<>(hosts.size() - ejected);
        for (H host : hosts) {
            if (!host.ejected()) {
                healthy.add(host);
            }
        }
        return healthy;
    }
}
