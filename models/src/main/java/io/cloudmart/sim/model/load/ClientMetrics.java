package io.cloudmart.sim.model.load;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.core.stats.TimeWeighted;

/**
 * What the clients see, under keys {@code client.<metric>}: {@code latency} end to end (tally,
 * series), {@code arrivals} (counter, series: offered load), {@code requests} answered (counter,
 * series: throughput), {@code ok} answered successfully (counter), {@code inSystem} requests sent
 * and not yet answered (level; Little's law).
 */
final class ClientMetrics {
    static final String PREFIX = "client.";

    final Tally latency;
    final Counter arrivals;
    final Counter requests;
    final Counter ok;
    final TimeWeighted inSystem;

    ClientMetrics(Simulation simulation) {
        var registry = simulation.metrics();
        latency = registry.tally(PREFIX + "latency", true);
        arrivals = registry.counter(PREFIX + "arrivals", true);
        requests = registry.counter(PREFIX + "requests", true);
        ok = registry.counter(PREFIX + "ok", false);
        inSystem = registry.level(PREFIX + "inSystem", 0, false);
    }
}
