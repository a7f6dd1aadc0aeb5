package io.cloudmart.sim.model.autoscale.vpa;

/**
 * What the VPA updater sees of one live pod of the controlled workload: its identity, when it started, its
 * phase, the requests of the VPA-managed container, and whether that container was last terminated by an OOM
 * kill. The caller builds these from its own pod objects each loop.
 *
 * @param name             the pod's name (its identity)
 * @param startTimeSeconds {@code status.startTime}, simulated seconds
 * @param phase            pending pods do not count as running and may always be evicted
 * @param requests         current requests of the container the recommendation is for
 * @param lastOomKill      the container's last termination if it was {@code OOMKilled}, else null
 */
public record PodState(String name, double startTimeSeconds, Phase phase, ResourceAmounts requests,
                       OomKill lastOomKill) {
    /** The pod phases the updater distinguishes (its pod lister drops unscheduled, succeeded and failed pods). */
    public enum Phase {
        PENDING, RUNNING
    }

    /**
     * A container termination with reason {@code OOMKilled}.
     *
     * @param startedAtSeconds  when the terminated container had started, seconds
     * @param finishedAtSeconds when it was killed, seconds (≥ startedAt)
     */
    public record OomKill(double startedAtSeconds, double finishedAtSeconds) {
        public OomKill {
            if (!Double.isFinite(startedAtSeconds) || !(finishedAtSeconds >= startedAtSeconds)
                    || Double.isInfinite(finishedAtSeconds)) {
                throw new IllegalArgumentException("OOM kill needs finite times with finishedAt >= startedAt, got "
                        + startedAtSeconds + ", " + finishedAtSeconds);
            }
        }

        /** How long the container ran before it was killed, seconds. */
        public double runSeconds() {
            return finishedAtSeconds - startedAtSeconds;
        }
    }

    public PodState {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("pod name must not be blank");
        }
        if (!Double.isFinite(startTimeSeconds)) {
            throw new IllegalArgumentException("pod " + name + " startTime must be finite, got " + startTimeSeconds);
        }
        if (phase == null || requests == null) {
            throw new IllegalArgumentException("pod " + name + " needs a phase and requests");
        }
    }

    /** A running pod with no OOM kill. */
    public static PodState running(String name, double startTimeSeconds, ResourceAmounts requests) {
        return new PodState(name, startTimeSeconds, Phase.RUNNING, requests, null);
    }

    /** Seconds since the pod started. */
    public double ageSeconds(double nowSeconds) {
        return nowSeconds - startTimeSeconds;
    }
}
