package io.cloudmart.sim.model.rollout;

import java.util.List;

/** Every rollout of one replication, in the order the scenario declares them; attached to the run's result. */
public record RolloutReport(List<RolloutSummary> rollouts) {
    public RolloutReport {
        rollouts = List.copyOf(rollouts);
    }
}
