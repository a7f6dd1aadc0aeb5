package io.cloudmart.sim.model.load;

import java.util.List;

import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.gateway.ClientPopulation;
import io.cloudmart.sim.model.load.shape.ArrivalProcess;
import io.cloudmart.sim.model.load.shape.ArrivalTrace;
import io.cloudmart.sim.model.load.shape.RateShape;
import io.cloudmart.sim.model.load.shape.Schedule;
import io.cloudmart.sim.model.load.shape.Segment;

/**
 * Open-loop load: arrivals as a Poisson process whose rate follows {@code shape}, or replayed from
 * recorded timestamps ({@code replay}, which then wins), split over {@code journeys}, sent by
 * {@code clients} (who matters only where something limits per consumer or per IP).
 */
public record LoadConfig(RateShape shape, ArrivalTrace replay, List<Journey> journeys, ClientPopulation clients) {
    /** Clients when a scenario names none: 1,000 consumers, no bots. */
    public static final int DEFAULT_CONSUMERS = 1000;

    public LoadConfig {
        journeys = List.copyOf(journeys);
        if ((shape == null && replay == null) || journeys.isEmpty()) {
            throw new IllegalArgumentException("load needs a rate shape or a replay, and at least one journey");
        }
    }

    /** Piecewise-constant load from {@link #DEFAULT_CONSUMERS} consumers. */
    public LoadConfig(List<Stage> stages, List<Journey> journeys) {
        this(stages, journeys, ClientPopulation.consumersOnly(DEFAULT_CONSUMERS));
    }

    /** Piecewise-constant load: each stage's rate held for its duration, the last one to the end. */
    public LoadConfig(List<Stage> stages, List<Journey> journeys, ClientPopulation clients) {
        this(holds(stages), null, journeys, clients);
    }

    /** Stages as a rate shape: each stage's rate held for its duration, the last one to the end. */
    public static RateShape holds(List<Stage> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("load needs at least one stage");
        }
        return new Schedule(stages.stream().map(s -> Segment.hold(s.durationSeconds(), s.ratePerSecond())).toList());
    }

    /** The arrival times, drawn from {@code stream} (not used for a replay). */
    ArrivalProcess arrivals(RandomStream stream) {
        return replay != null ? ArrivalProcess.replay(replay) : ArrivalProcess.poisson(shape, stream);
    }
}
