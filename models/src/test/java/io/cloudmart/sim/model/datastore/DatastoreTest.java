package io.cloudmart.sim.model.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.theory.QueueingFormulas;

class DatastoreTest {
    private static final double REL_TOL = 0.03;

    /** Poisson operations into a pool of c connections with exponential latency: M/M/c. */
    @Test
    void aConnectionPoolIsAnMmcQueue() {
        double lambda = 70;
        double mean = 0.05;
        int connections = 4;
        ExperimentResult result = ReplicationRunner.onAllCores().run(
                new RunSettings("pool", 3, 0, 4_000, 200, 10), 8, sim -> {
                    Datastore store = new Datastore(new DatastoreConfig("pg", "postgresql", connections, 30,
                            Map.of("select", new Exponential(mean))), sim);
                    poisson(sim, lambda, () -> store.execute("select", ok -> { }));
                });
        Estimate simulated = result.estimate(m -> m.tally(Datastore.metricKey("pg", "latency")).mean());
        double theory = QueueingFormulas.mmcMeanSojourn(lambda, 1 / mean, connections);
        assertThat(simulated.covers(theory) || Math.abs(simulated.mean() - theory) < REL_TOL * theory)
                .as("Erlang C %.5f vs %s", theory, simulated).isTrue();
    }

    /** HikariCP-style connectionTimeout: an operation that cannot get a connection in time fails. */
    @Test
    void waitingLongerThanTheConnectionTimeoutFails() {
        Simulation sim = new Simulation(new RunSettings("timeout", 1, 0, 10, 0, 10));
        Datastore store = new Datastore(new DatastoreConfig("pg", "postgresql", 1, 1.5,
                Map.of("update", new Constant(1.0))), sim);
        List<String> log = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int id = i;
            sim.at(0, "op", () -> store.execute("update", ok -> log.add(id + (ok ? " ok@" : " failed@") + sim.now())));
        }
        var result = sim.run();
        assertThat(log).containsExactly("0 ok@1.0", "2 failed@1.5", "1 ok@2.0");
        assertThat(result.metrics().counter(Datastore.metricKey("pg", "failures"))).isEqualTo(1);
    }

    /** A cache command waits half a round trip, its turn on the single-threaded server, and half back. */
    @Test
    void cacheLatencyIsRoundTripPlusAnMm1Server() {
        double lambda = 4_000;
        double command = 1e-4;
        double rtt = 2e-4;
        ExperimentResult result = ReplicationRunner.onAllCores().run(
                new RunSettings("cache", 4, 0, 100, 5, 10), 6, sim -> {
                    Cache cache = new Cache(new CacheConfig("redis", new Constant(rtt), new Exponential(command)), sim);
                    poisson(sim, lambda, () -> cache.get(0.5, hit -> { }));
                });
        Estimate simulated = result.estimate(m -> m.tally(Cache.metricKey("redis", "latency")).mean());
        double theory = rtt + 1 / (1 / command - lambda);
        assertThat(simulated.covers(theory) || Math.abs(simulated.mean() - theory) < REL_TOL * theory)
                .as("%.6f vs %s", theory, simulated).isTrue();
        double hits = result.estimate(m -> m.counter(Cache.metricKey("redis", "hits"))
                / (double) (m.counter(Cache.metricKey("redis", "hits")) + m.counter(Cache.metricKey("redis", "misses"))))
                .mean();
        assertThat(hits).isBetween(0.49, 0.51);
    }

    /**
     * Commands sent together reach the server after half the round trip, are served one at a time in the order they
     * arrived, and each reply takes the other half back: with a 2 ms round trip and 1 ms per command, the replies
     * come at 3, 4 and 5 ms, and a read reports its hit when its reply arrives.
     */
    @Test
    void cacheCommandsAreServedOneAtATimeInArrivalOrder() {
        Simulation sim = new Simulation(new RunSettings("fifo", 1, 0, 1, 0, 10));
        Cache cache = new Cache(new CacheConfig("redis", new Constant(2e-3), new Constant(1e-3)), sim);
        List<String> log = new ArrayList<>();
        sim.at(0, "send", () -> {
            cache.get(1.0, hit -> log.add("get " + hit + " @" + Math.round(sim.now() * 1e4)));
            cache.set(() -> log.add("set @" + Math.round(sim.now() * 1e4)));
            cache.command(() -> log.add("incr @" + Math.round(sim.now() * 1e4)));
        });
        var result = sim.run();
        assertThat(log).containsExactly("get true @30", "set @40", "incr @50");
        assertThat(result.metrics().counter(Cache.metricKey("redis", "hits"))).isEqualTo(1);
        assertThat(result.metrics().counter(Cache.metricKey("redis", "commands"))).isEqualTo(3);
        assertThat(result.metrics().tally(Cache.metricKey("redis", "latency")).max()).isCloseTo(5e-3, within(1e-12));
    }

    @Test
    void aCacheThatIsDownMissesEveryRead() {
        Simulation sim = new Simulation(new RunSettings("down", 1, 0, 10, 0, 10));
        Cache cache = new Cache(new CacheConfig("redis", new Constant(1e-3), new Constant(1e-5)), sim);
        cache.setAvailable(false);
        List<Boolean> hits = new ArrayList<>();
        sim.at(1, "read", () -> cache.get(1.0, hits::add));
        sim.run();
        assertThat(hits).containsExactly(false);
    }

    private static void poisson(Simulation sim, double rate, Runnable arrival) {
        RandomStream stream = sim.stream("test.arrivals");
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            arrival.run();
            double gap = -Math.log(stream.nextOpenDouble()) / rate;
            if (sim.now() + gap <= sim.endTime()) {
                sim.after(gap, "arrival", next[0]);
            }
        };
        sim.after(0, "first arrival", next[0]);
    }
}
