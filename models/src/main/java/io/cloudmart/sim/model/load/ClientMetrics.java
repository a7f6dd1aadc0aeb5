package io.cloudmart.sim.model.load;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.core.stats.TimeWeighted;

/**
 * What the clients see, under keys {@code client.<metric>}: {@code latency} end to end (tally,
 * series), {@code arrivals} (counter, series: offered load), {@code requests} answered (counter,
 * series: throughput), {@code ok} answered successfully (counter), {@code rateLimited} (429),
 * {@code errors} (500 and 503), {@code timeouts} (504) (counters), {@code inSystem} requests sent
 * and not yet answered (level; Little's law).
 */
final class ClientMetrics {
    static final String PREFIX = "client.";

    final Tally latency;
    final Counter arrivals;
    final Counter requests;
    final Counter ok;
    final Counter rateLimited;
    final Counter errors;
    final Counter timeouts;
    final TimeWeighted inSystem;

    ClientMetrics(Simulation simulation) {
        var registry = simulation.metrics();
        latency = registry.tally(PREFIX + "latency", true);
        arrivals = registry.counter(PREFIX + "arrivals", true);
        requests = registry.counter(PREFIX + "requests", true);
        ok = registry.counter(PREFIX + "ok", false);
        rateLimited = registry.counter(PREFIX + "rateLimited", false);
        errors = registry.counter(PREFIX + "errors", true);
        timeouts = registry.counter(PREFIX + "timeouts", false);
        inSystem = registry.level(PREFIX + "inSystem", 0, false);
    }

    /** Counts an answer under its outcome. */
    void count(io.cloudmart.sim.model.call.Outcome outcome) {
        switch (outcome) {
            case OK -> ok.increment();
            case RATE_LIMITED -> rateLimited.increment();
            case TIMEOUT -> timeouts.increment();
            default -> errors.increment();
        }
    }
}
