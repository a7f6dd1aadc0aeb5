package io.cloudmart.sim.model.service;

/**
 * The kubelet's restart back-off of one container, as the kubelet keeps it per container: a container that exits
 * is started again at once the first time, then only once {@code backoff} has passed since it exited, the back-off
 * doubling at each restart from {@value #INITIAL_SECONDS} s up to {@value #MAX_SECONDS} s; a container that ran
 * more than twice the maximum (10 min) since its last restart starts again at once, with the back-off reset.
 *
 * <p>[DEFAULT] kubernetes {@code pkg/kubelet/kubelet.go}: {@code containerBackOffPeriod = 10 s},
 * {@code MaxContainerBackOff} = 300 s ({@code flowcontrol.NewBackOff(containerBackOffPeriod, MaxContainerBackOff)},
 * no jitter). {@code pkg/kubelet/kuberuntime/kuberuntime_manager.go} {@code doBackOff}: with the exited container's
 * {@code FinishedAt} as {@code ts}, it waits while {@code backOff.IsInBackOffSince(key, ts)} (now − ts &lt; backoff),
 * else calls {@code backOff.Next(key, ts)} and starts the container. client-go {@code util/flowcontrol/backoff.go}:
 * {@code Next} sets the entry to the initial back-off when there is none or it {@code hasExpired}
 * (ts − lastUpdate &gt; 2 × max), else doubles it (capped at max), and sets {@code lastUpdate} to now;
 * {@code IsInBackOffSince} is false without an entry or when it has expired. So the waits after successive exits are
 * 0, 10, 20, 40, 80, 160, 300, 300 … s (the documented "10s, 20s, 40s, …" counts from the second exit).
 *
 * <p>[CHOICE] the restart happens the moment the back-off ends; the kubelet notices at its next pod sync (a PLEG
 * relist every second), which is left out.
 */
final class CrashLoopBackOff {
    /** [DEFAULT] kubelet {@code containerBackOffPeriod}. */
    static final double INITIAL_SECONDS = 10;
    /** [DEFAULT] kubelet {@code MaxContainerBackOff}. */
    static final double MAX_SECONDS = 300;

    /** The current back-off, s; NaN while there is no entry (the container never restarted). */
    private double backoffSeconds = Double.NaN;
    private double lastUpdate;

    /** How long after an exit at {@code finishedAt} the container waits before it is started again, s. */
    double delayAfter(double finishedAt) {
        return hasEntry(finishedAt) ? backoffSeconds : 0;
    }

    /** The kubelet starts the container again at {@code now}, for its exit at {@code finishedAt}. */
    void restarting(double finishedAt, double now) {
        backoffSeconds = hasEntry(finishedAt) ? Math.min(2 * backoffSeconds, MAX_SECONDS) : INITIAL_SECONDS;
        lastUpdate = now;
    }

    /** An entry that has not expired: the last restart was at most 2 × max before {@code eventTime}. */
    private boolean hasEntry(double eventTime) {
        return !Double.isNaN(backoffSeconds) && !(eventTime - lastUpdate > 2 * MAX_SECONDS);
    }
}
