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
 */
public record ReplicationResult(RunSettings settings, long events, double wallSeconds, MetricsSnapshot metrics,
                                java.util.List<LogEntry> log) {
    public ReplicationResult {
        log = java.util.List.copyOf(log);
    }

    public int replication() {
        return settings.replication();
    }
}
