package io.cloudmart.sim.model.load;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.core.stats.TimeWeighted;
import io.cloudmart.sim.model.call.Outcome;

/**
 * What the clients see, under keys {@code client.<metric>}: {@code latency} end to end (tally,
 * series; recorded through the journeys' latencies, its parts), {@code arrivals} (counter, series: offered load), {@code requests} answered (counter,
 * series: throughput), {@code ok} answered successfully (counter), {@code rateLimited} (429),
 * {@code errors} (500 and 503), {@code timeouts} (504) (counters), {@code inSystem} requests sent
 * and not yet answered (level; Little's law), and one counter per outcome ({@code outcome.<status>[_<flag>]}, series: answers per second by status and
 * Envoy flag). Per journey see {@link JourneyMetrics}.
 */
public final class ClientMetrics {
    static final String PREFIX = "client.";

    final Tally latency;
    final Counter arrivals;
    final Counter requests;
    final Counter ok;
    final Counter rateLimited;
    final Counter errors;
    final Counter timeouts;
    final TimeWeighted inSystem;
    private final Counter[] byOutcome;

    ClientMetrics(Simulation simulation) {
        var registry = simulation.metrics();
        latency = registry.tallyOfParts(PREFIX + "latency", true);
        arrivals = registry.counter(PREFIX + "arrivals", true);
        requests = registry.counter(PREFIX + "requests", true);
        ok = registry.counter(PREFIX + "ok", false);
        rateLimited = registry.counter(PREFIX + "rateLimited", false);
        errors = registry.counter(PREFIX + "errors", true);
        timeouts = registry.counter(PREFIX + "timeouts", false);
        inSystem = registry.level(PREFIX + "inSystem", 0, false);
        Outcome[] outcomes = Outcome.values();
        byOutcome = new Counter[outcomes.length];
        for (Outcome outcome : outcomes) {
            // with a series: the report draws the answers by status and flag over time, and timeseries.csv has them
            byOutcome[outcome.ordinal()] = registry.counter(outcomeKey(outcome), true);
        }
    }

    /** The counter key of answers with {@code outcome}: {@code client.outcome.<status>[_<flag>]}, e.g. {@code client.outcome.503_UO}. */
    public static String outcomeKey(Outcome outcome) {
        return PREFIX + "outcome." + outcome.status() + (outcome.flag().isEmpty() ? "" : "_" + outcome.flag());
    }

    /** Counts an answer under its outcome. */
    void count(Outcome outcome) {
        byOutcome[outcome.ordinal()].increment();
        switch (outcome) {
            case OK -> ok.increment();
            case RATE_LIMITED -> rateLimited.increment();
            case TIMEOUT -> timeouts.increment();
            default -> errors.increment();
        }
    }
}
