package io.cloudmart.sim.core.run;

/**
 * What one replication needs to know before it starts.
 *
 * @param label               a name for diagnostics (the scenario name)
 * @param seed                the scenario seed; streams derive from (seed, replication, name)
 * @param replication         index of this replication, from 0
 * @param durationSeconds     simulated length of the run, seconds (> 0)
 * @param warmupSeconds       statistics are reset at this time, seconds (0 ≤ warm-up < duration)
 * @param bucketSeconds       preferred width of time-series buckets, seconds (widened for long runs)
 */
public record RunSettings(String label, long seed, int replication, double durationSeconds, double warmupSeconds,
                          double bucketSeconds) {
    public RunSettings {
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("duration must be > 0 s, got " + durationSeconds);
        }
        if (!(warmupSeconds >= 0) || warmupSeconds >= durationSeconds) {
            throw new IllegalArgumentException("warm-up must be in [0, duration), got " + warmupSeconds);
        }
        if (!(bucketSeconds > 0)) {
            throw new IllegalArgumentException("bucket width must be > 0 s, got " + bucketSeconds);
        }
        if (replication < 0) {
            throw new IllegalArgumentException("replication index must be >= 0, got " + replication);
        }
    }

    /** The same settings for replication {@code index}. */
    public RunSettings forReplication(int index) {
        return new RunSettings(label, seed, index, durationSeconds, warmupSeconds, bucketSeconds);
    }

    /** Length of the measured period (after warm-up), seconds. */
    public double measuredSeconds() {
        return durationSeconds - warmupSeconds;
    }
}
