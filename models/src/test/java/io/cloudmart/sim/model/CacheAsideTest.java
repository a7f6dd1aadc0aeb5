package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.datastore.CacheConfig;
import io.cloudmart.sim.model.datastore.Datastore;
import io.cloudmart.sim.model.datastore.DatastoreConfig;
import io.cloudmart.sim.model.load.Journey;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.Stage;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Step;

/**
 * Cache-aside as in domain-facts 8.2: E[latency] = h·L_cache + (1 − h)(L_cache + L_db + L_set),
 * database load = (1 − h) × read rate. Light load and constant latencies, so nothing queues.
 */
class CacheAsideTest {
    private static final double HIT = 0.8;
    private static final double RTT = 0.001;
    private static final double DB = 0.004;
    private static final double RATE = 20;

    @Test
    void latencyAndDatabaseLoadFollowTheHitRatio() {
        Step read = new Step.CacheAside("redis", HIT, List.of(new Step.Query("pg", "select")));
        ServiceConfig product = new ServiceConfig("product", 1, new PodShape(4, 512, 200),
                List.of(new Endpoint("get", List.of(read), 0.0)));
        Shop shop = new Shop(new LoadConfig(List.of(new Stage(1e12, RATE)), List.of(new Journey("browse", 1, "product", "get"))),
                List.of(product),
                List.of(new DatastoreConfig("pg", "postgresql", 10, 30, Map.of("select", new Constant(DB)))),
                List.of(new CacheConfig("redis", new Constant(RTT), new Constant(0))));
        MetricsSnapshot m = ReplicationRunner.onAllCores().run(new RunSettings("cache-aside", 9, 0, 5_000, 100, 10), 1, shop)
                .replications().get(0).metrics();
        double expected = HIT * RTT + (1 - HIT) * (RTT + DB + RTT);
        assertThat(m.tally("client.latency").mean()).isCloseTo(expected, within(0.01 * expected));
        double dbRate = m.counter(Datastore.metricKey("pg", "operations")) / 4_900.0;
        assertThat(dbRate).isCloseTo((1 - HIT) * RATE, within(0.05 * (1 - HIT) * RATE));
        long hits = m.counter(Cache.metricKey("redis", "hits"));
        long misses = m.counter(Cache.metricKey("redis", "misses"));
        assertThat(hits / (double) (hits + misses)).isCloseTo(HIT, within(0.01));
    }
}
