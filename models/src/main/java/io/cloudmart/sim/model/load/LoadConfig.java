package io.cloudmart.sim.model.load;

import java.util.List;

/** Open-loop load: Poisson arrivals whose rate follows {@code stages}, split over {@code journeys}. */
public record LoadConfig(List<Stage> stages, List<Journey> journeys) {
    public LoadConfig {
        stages = List.copyOf(stages);
        journeys = List.copyOf(journeys);
        if (stages.isEmpty() || journeys.isEmpty()) {
            throw new IllegalArgumentException("load needs at least one stage and one journey");
        }
    }
}
