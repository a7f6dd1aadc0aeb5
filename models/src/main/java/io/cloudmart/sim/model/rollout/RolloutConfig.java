package io.cloudmart.sim.model.rollout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudmart.sim.model.rollout.canary.CanarySpec;
import io.cloudmart.sim.model.rollout.canary.CanaryStep;

/**
 * One Argo Rollout over two versions of a service: a canary with a traffic router (the mesh), or a blue-green
 * release ({@code blueGreen}); exactly one of the two strategies, as Argo's {@code spec.strategy} has.
 *
 * @param name          the rollout's name ({@code rollouts.<name>})
 * @param service       the service whose versions it moves between
 * @param stableVersion the version serving before the update (blue-green: the active stack's)
 * @param canaryVersion the version being rolled out (blue-green: the preview stack's)
 * @param startAtSeconds when the update begins (the pod template changes); {@link #AT_GITOPS_SYNC} when Argo CD's
 *                       sync of the commit naming this rollout begins it
 * @param canary        the canary strategy the machine runs; null exactly when {@code blueGreen} is set
 * @param stepAnalyses  the metrics of each analysis step, by its index in {@code canary.steps}
 * @param promoteAt     times a person runs {@code kubectl argo rollouts promote}, ascending
 * @param blueGreen     the blue-green strategy, when the rollout has one instead of the canary
 * @param backgroundAnalysis the metrics of {@code canary.analysis} (one AnalysisRun from its {@code startingStep} on);
 *                      empty exactly when {@code canary.backgroundAnalysis()} is (always for a blue-green rollout)
 */
public record RolloutConfig(String name, String service, String stableVersion, String canaryVersion,
                            double startAtSeconds, CanarySpec canary, Map<Integer, List<AnalysisMetric>> stepAnalyses,
                            List<Double> promoteAt, Optional<BlueGreenRelease> blueGreen,
                            List<AnalysisMetric> backgroundAnalysis) {
    /** {@code startAtSeconds} of a rollout begun by a GitOps sync: it never starts on its own. */
    public static final double AT_GITOPS_SYNC = Double.POSITIVE_INFINITY;

    public RolloutConfig {
        backgroundAnalysis = List.copyOf(backgroundAnalysis);
        if (backgroundAnalysis.isEmpty() == (canary != null && canary.backgroundAnalysis().isPresent())) {
            throw new IllegalArgumentException("rollout " + name + ": a background analysis needs both its startingStep"
                    + " and its metrics");
        }
        stepAnalyses = Map.copyOf(stepAnalyses);
        promoteAt = List.copyOf(promoteAt);
        if ((canary == null) == blueGreen.isEmpty()) {
            throw new IllegalArgumentException("rollout " + name + ": exactly one of a canary and a blue-green strategy");
        }
        for (int i = 0; canary != null && i < canary.steps().size(); i++) {
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
        if (blueGreen.isPresent() && !blueGreen.get().activeService().equals(service)) {
            throw new IllegalArgumentException("rollout " + name + ": the active service is the rollout's service");
        }
    }

    /** A canary rollout without a background analysis. */
    public RolloutConfig(String name, String service, String stableVersion, String canaryVersion,
                         double startAtSeconds, CanarySpec canary, Map<Integer, List<AnalysisMetric>> stepAnalyses,
                         List<Double> promoteAt) {
        this(name, service, stableVersion, canaryVersion, startAtSeconds, canary, stepAnalyses, promoteAt, List.of());
    }

    /** A canary rollout; {@code backgroundAnalysis} empty when {@code canary} has none. */
    public RolloutConfig(String name, String service, String stableVersion, String canaryVersion,
                         double startAtSeconds, CanarySpec canary, Map<Integer, List<AnalysisMetric>> stepAnalyses,
                         List<Double> promoteAt, List<AnalysisMetric> backgroundAnalysis) {
        this(name, service, stableVersion, canaryVersion, startAtSeconds, canary, stepAnalyses, promoteAt,
                Optional.empty(), backgroundAnalysis);
    }

    /** A blue-green rollout. */
    public static RolloutConfig blueGreen(String name, String service, String activeVersion, String previewVersion,
                                          double startAtSeconds, BlueGreenRelease blueGreen, List<Double> promoteAt) {
        return new RolloutConfig(name, service, activeVersion, previewVersion, startAtSeconds, null, Map.of(),
                promoteAt, Optional.of(blueGreen), List.of());
    }

    public ReleaseStrategy strategy() {
        return blueGreen.isPresent() ? ReleaseStrategy.BLUE_GREEN : ReleaseStrategy.CANARY;
    }

    /** {@code spec.replicas}: the pods of the service when it is not split. */
    public int replicas() {
        return canary != null ? canary.replicas() : blueGreen.get().spec().replicas();
    }

    /**
     * Pods of {@code version} of the service before the update, as Argo has them: {@code replicas} of the stable
     * version, none of the canary (its ReplicaSet is created when the update starts), {@code declared} otherwise.
     */
    public int podsAtStart(String version, int declared) {
        if (version.equals(stableVersion)) {
            return replicas();
        }
        return version.equals(canaryVersion) ? 0 : declared;
    }
}
