package io.cloudmart.sim.core.run;

import io.cloudmart.sim.core.stats.MetricsSnapshot;

/**
 * Everything one replication produced.
 *
 * @param settings    the settings it ran with
 * @param events      actions executed by the engine
 * @param wallSeconds wall-clock time of the simulation itself (not of setup or writing), seconds
 * @param metrics     every metric at the end of the run
 * @param log         notable decisions, in time order (bounded, see {@link io.cloudmart.sim.core.EventLog})
 * @param earlyStop   why and when the model stopped the run before its end time; null when it ran to the end
 * @param controlEvents the control loops' decisions with their inputs, in time order (bounded, see
 *                    {@link io.cloudmart.sim.core.ControlJournal})
 * @param attachments what the model's finish hooks summarised at the end (see
 *                    {@link io.cloudmart.sim.core.Simulation#onFinish})
 */
public record ReplicationResult(RunSettings settings, long events, double wallSeconds, MetricsSnapshot metrics,
                                java.util.List<LogEntry> log, EarlyStop earlyStop,
                                java.util.List<ControlEvent> controlEvents, Attachments attachments) {
    public ReplicationResult {
        log = java.util.List.copyOf(log);
        controlEvents = java.util.List.copyOf(controlEvents);
        java.util.Objects.requireNonNull(attachments, "attachments");
    }

    /** A result without attachments. */
    public ReplicationResult(RunSettings settings, long events, double wallSeconds, MetricsSnapshot metrics,
                             java.util.List<LogEntry> log, EarlyStop earlyStop,
                             java.util.List<ControlEvent> controlEvents) {
        this(settings, events, wallSeconds, metrics, log, earlyStop, controlEvents, Attachments.NONE);
    }

    /** True when the run stopped before its end time (see {@link #earlyStop()}). */
    public boolean stoppedEarly() {
        return earlyStop != null;
    }

    /** Simulated time the replication covered, seconds: the end time, or the moment it stopped. */
    public double simulatedSeconds() {
        return earlyStop == null ? settings.durationSeconds() : earlyStop.timeSeconds();
    }

    public int replication() {
        return settings.replication();
    }
}
