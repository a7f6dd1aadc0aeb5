package io.cloudmart.sim.model.load;

import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.model.call.Outcome;

/**
 * What the clients of each journey saw, under keys {@code client.journey.<journey>.<metric>}: {@code latency} end to
 * end (tally, a part of the clients' {@code client.latency}; its count is the journey's answered requests), {@code errors} (409, 404, 500, 503 and 504, as the
 * console and {@code errorShare} count them) and {@code rateLimited} (429) (counters).
 *
 * <p>Recorded once per answered request by the journey index the request carries: arrays, not a map looked up by
 * name, so the hot path does no string work.
 */
public final class JourneyMetrics {
    private static final String PREFIX = ClientMetrics.PREFIX + "journey.";

    private final Tally[] latency;
    private final Counter[] errors;
    private final Counter[] rateLimited;

    /** @param clientLatency the clients' latency, the whole the journeys' latencies are the parts of */
    JourneyMetrics(Simulation simulation, List<Journey> journeys, Tally clientLatency) {
        var registry = simulation.metrics();
        int n = journeys.size();
        latency = new Tally[n];
        errors = new Counter[n];
        rateLimited = new Counter[n];
        for (int i = 0; i < n; i++) {
            String name = journeys.get(i).name();
            latency[i] = registry.tallyPart(key(name, "latency"), false, clientLatency);
            errors[i] = registry.counter(key(name, "errors"), false);
            rateLimited[i] = registry.counter(key(name, "rateLimited"), false);
        }
    }

    /** The key of {@code metric} of journey {@code journey}: {@code client.journey.<journey>.<metric>}. */
    public static String key(String journey, String metric) {
        return PREFIX + journey + "." + metric;
    }

    /**
     * Counter {@code metric} ({@code errors} or {@code rateLimited}) of {@code journey} over the journey's answered
     * requests in {@code m}; NaN when it had none.
     */
    public static double share(MetricsSnapshot m, String journey, String metric) {
        long answered = m.tally(key(journey, "latency")).count();
        return answered == 0 ? Double.NaN : (double) m.counter(key(journey, metric)) / answered;
    }

    /** Records one answer of journey number {@code journey}, {@code seconds} after it was sent (and so the clients' latency). */
    void record(int journey, double seconds, Outcome outcome) {
        latency[journey].record(seconds);
        switch (outcome) {
            case OK -> { }
            case RATE_LIMITED -> rateLimited[journey].increment();
            default -> errors[journey].increment();
        }
    }
}
