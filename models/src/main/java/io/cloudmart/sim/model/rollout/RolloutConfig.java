package io.cloudmart.sim.model.rollout;

import java.util.List;
import java.util.Map;

import io.cloudmart.sim.model.rollout.canary.CanarySpec;
import io.cloudmart.sim.model.rollout.canary.CanaryStep;

/**
 * One Argo Rollouts canary with a traffic router (the mesh) over two versions of a service.
 *
 * @param name          the rollout's name ({@code rollouts.<name>})
 * @param service       the service whose versions it moves between
 * @param stableVersion the version serving before the update
 * @param canaryVersion the version being rolled out
 * @param startAtSeconds when the update begins (the pod template changes)
 * @param canary        the strategy the machine runs
 * @param stepAnalyses  the metrics of each analysis step, by its index in {@code canary.steps}
 * @param promoteAt     times a person runs {@code kubectl argo rollouts promote}, ascending
 * @param backgroundAnalysis the metrics of {@code canary.analysis} (one AnalysisRun from its {@code startingStep} on);
 *                      empty exactly when {@code canary.backgroundAnalysis()} is
 */
public record RolloutConfig(String name, String service, String stableVersion, String canaryVersion,
                            double startAtSeconds, CanarySpec canary, Map<Integer, List<AnalysisMetric>> stepAnalyses,
                            List<Double> promoteAt, List<AnalysisMetric> backgroundAnalysis) {
    public RolloutConfig {
        backgroundAnalysis = List.copyOf(backgroundAnalysis);
        if (backgroundAnalysis.isEmpty() == canary.backgroundAnalysis().isPresent()) {
            throw new IllegalArgumentException("rollout " + name + ": a background analysis needs both its startingStep"
                    + " and its metrics");
        }
        stepAnalyses = Map.copyOf(stepAnalyses);
        promoteAt = List.copyOf(promoteAt);
        for (int i = 0; i < canary.steps().size(); i++) {
            boolean analysis = canary.steps().get(i) instanceof CanaryStep.Analysis;
            if (analysis != stepAnalyses.containsKey(i)) {
                throw new IllegalArgumentException("rollout " + name + ": step " + i
                        + (analysis ? " is an analysis without metrics" : " has metrics but is no analysis step"));
            }
        }
        for (int i = 1; i < promoteAt.size(); i++) {
            if (promoteAt.get(i) < promoteAt.get(i - 1)) {
                throw new IllegalArgumentException("rollout " + name + ": promote times must be ascending");
            }
        }
        if (stableVersion.equals(canaryVersion)) {
            throw new IllegalArgumentException("rollout " + name + ": stableVersion and canaryVersion are both " + stableVersion);
        }
    }

    /**
     * Pods of {@code version} of the service before the update, as Argo has them: {@code replicas} of the stable
     * version, none of the canary (its ReplicaSet is created when the update starts), {@code declared} otherwise.
     */
    public int podsAtStart(String version, int declared) {
        if (version.equals(stableVersion)) {
            return canary.replicas();
        }
        return version.equals(canaryVersion) ? 0 : declared;
    }
}
