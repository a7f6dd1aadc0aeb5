package io.cloudmart.sim.model.load;

import java.util.List;

import io.cloudmart.sim.model.gateway.ClientPopulation;

/**
 * Open-loop load: Poisson arrivals whose rate follows {@code stages}, split over {@code journeys},
 * sent by {@code clients} (who matters only where something limits per consumer or per IP).
 */
public record LoadConfig(List<Stage> stages, List<Journey> journeys, ClientPopulation clients) {
    /** Clients when a scenario names none: 1,000 consumers, no bots. */
    public static final int DEFAULT_CONSUMERS = 1000;

    /** Load from {@link #DEFAULT_CONSUMERS} consumers. */
    public LoadConfig(List<Stage> stages, List<Journey> journeys) {
        this(stages, journeys, ClientPopulation.consumersOnly(DEFAULT_CONSUMERS));
    }

    public LoadConfig {
        stages = List.copyOf(stages);
        journeys = List.copyOf(journeys);
        if (stages.isEmpty() || journeys.isEmpty()) {
            throw new IllegalArgumentException("load needs at least one stage and one journey");
        }
    }
}
