package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.model.service.ServiceMetrics;

/** L = λW inside one run's own figures: time-average in system vs throughput × mean sojourn. */
class LittlesLawTest {
    private static final double REL_TOL = 0.02;

    @Test
    void holdsForClientsAndForTheService() {
        Shop shop = SingleStation.shop(35, new Exponential(0.1), 2, 2, 2);
        ReplicationResult result = SingleStation.run(shop, 5, 20_000, 500, 1).replications().get(0);
        MetricsSnapshot m = result.metrics();
        double measured = result.settings().measuredSeconds();

        double clientThroughput = m.counter("client.requests") / measured;
        double clientL = m.level("client.inSystem").mean();
        assertThat(clientL).isCloseTo(clientThroughput * m.tally("client.latency").mean(), within(REL_TOL * clientL));

        String svc = ServiceMetrics.key("api", "");
        double serviceThroughput = m.counter(svc + "requests") / measured;
        double serviceL = m.level(svc + "inSystem").mean();
        assertThat(serviceL).isCloseTo(serviceThroughput * m.tally(svc + "latency").mean(), within(REL_TOL * serviceL));
    }

    /** Utilization = λ E[S] / cores for a stable station. */
    @Test
    void utilizationIsOfferedLoadOverCores() {
        Shop shop = SingleStation.shop(30, new Exponential(0.1), 1, 4, 4);
        ReplicationResult result = SingleStation.run(shop, 6, 20_000, 500, 1).replications().get(0);
        assertThat(result.metrics().level(ServiceMetrics.key("api", "utilization")).mean()).isCloseTo(0.75, within(0.01));
    }
}
