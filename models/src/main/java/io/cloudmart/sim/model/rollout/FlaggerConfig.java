package io.cloudmart.sim.model.rollout;

import java.util.List;

import io.cloudmart.sim.model.rollout.analysis.FlaggerAnalysisSpec;

/**
 * One Flagger {@code Canary} over two versions of a service, its traffic routed by the mesh: the primary runs
 * {@code primaryVersion} until the canary's analysis promotes {@code canaryVersion} into it.
 *
 * @param name                    the canary's name ({@code canaries.<name>}); unique among rollouts and canaries
 * @param service                 the service ({@code targetRef})
 * @param primaryVersion          the version the primary Deployment runs before the update
 * @param canaryVersion           the version the update brings
 * @param startAtSeconds          when the target's pod template changes (Flagger notices at its next interval)
 * @param replicas                the primary's pods; the canary is scaled to as many ({@code ScaleFromZero})
 * @param analysis                interval, threshold and weights ({@link FlaggerAnalysisSpec}'s built-in
 *                                success-rate/duration bounds are not used: {@code metrics} holds the checks)
 * @param metrics                 the checks of every interval, in order; the first to fail ends the check
 * @param progressDeadlineSeconds how long the canary may stay not Ready before it is rolled back
 * @param skipAnalysis            promote at the first interval the canary is Ready, without checks
 */
public record FlaggerConfig(String name, String service, String primaryVersion, String canaryVersion,
                            double startAtSeconds, int replicas, FlaggerAnalysisSpec analysis,
                            List<FlaggerMetric> metrics, double progressDeadlineSeconds, boolean skipAnalysis) {
    /** {@code ProgressDeadlineSeconds} in {@code pkg/apis/flagger/v1beta1/canary.go}. */
    public static final double DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

    public FlaggerConfig {
        metrics = List.copyOf(metrics);
        if (primaryVersion.equals(canaryVersion)) {
            throw new IllegalArgumentException("canary " + name + ": the primary and canary versions are both "
                    + primaryVersion);
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("canary " + name + ": replicas must be >= 1, got " + replicas);
        }
    }

    /**
     * Pods of {@code version} of the service before the update, as Flagger has them: {@code replicas} of the primary,
     * none of the canary (scaled to zero at the Canary's initialisation), {@code declared} otherwise.
     */
    public int podsAtStart(String version, int declared) {
        if (version.equals(primaryVersion)) {
            return replicas;
        }
        return version.equals(canaryVersion) ? 0 : declared;
    }
}
