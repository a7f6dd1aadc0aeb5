package io.cloudmart.sim.model.control;

import java.util.Objects;

import io.cloudmart.sim.model.autoscale.vpa.RecommenderSettings;
import io.cloudmart.sim.model.autoscale.vpa.UpdateMode;
import io.cloudmart.sim.model.autoscale.vpa.UpdaterSettings;

/**
 * One service's VerticalPodAutoscaler: its {@code updatePolicy.updateMode} and the recommender's and updater's
 * settings.
 */
public record VpaConfig(UpdateMode mode, RecommenderSettings recommender, UpdaterSettings updater) {
    public VpaConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(updater, "updater");
    }
}
