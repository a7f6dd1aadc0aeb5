package io.cloudmart.sim.scenario.load;

/**
 * The largest values validation accepts for the numbers that size a run's memory or its work per
 * event, so that a typo ({@code replicas=2147483647}) is refused at once instead of running out of
 * memory after a minute. Each is far above what a classroom scenario needs and is documented in
 * {@code docs/scenario-reference.md}; the bytes quoted are measured heap per unit, per replication.
 */
public final class Maxima {
    /** Arrivals per second, of any rate field and of the load's peak times {@code scale}. */
    public static final double RATE_PER_SECOND = 1_000_000;
    /**
     * Any duration (the run, timeouts, back-offs, periods …): about 11.4 years. Beyond it simulated
     * time in seconds loses the sub-microsecond precision that latencies need.
     */
    public static final double DURATION_SECONDS = 100_000 * 3600.0;
    /** Shortest interval of a periodic timer (outlier detection's sweep): one sweep per millisecond at most. */
    public static final double TIMER_INTERVAL_SECONDS = 0.001;
    /**
     * Replications of one run; each keeps its results until the end: 17 KB for a short run of one
     * service, up to about 1.4 MB for the whole shop with the most time buckets.
     */
    public static final int REPLICATIONS = 1_000;
    /**
     * Pods of one service (all versions together), and of all services together: about 270 bytes
     * each without a mesh and 670 with one, each mesh call scans the callee's pods, and pooled
     * mTLS connections (about 100 bytes) are kept per pair of calling and called pod.
     */
    public static final int REPLICAS = 10_000;
    /** Worker slots of one pod or gateway node. */
    public static final int CONCURRENCY = 10_000;
    /** CPU cores of one pod or gateway node (the largest cloud machines have under 1,000). */
    public static final double CPU_CORES = 1_024;
    /** Services of a scenario (each keeps histograms of about 64 KB). */
    public static final int SERVICES = 1_000;
    /** Endpoints of all services together (about 18 KB each). */
    public static final int ENDPOINTS = 5_000;
    /** Calls nested in calls, from a journey's entry point down (each level is a frame on the stack). */
    public static final int CALL_DEPTH = 100;
    /** Partitions of one Kafka topic (a consumer's work per record grows with the partitions it owns). */
    public static final int PARTITIONS = 1_000;
    /** Consumers of one consumer group. */
    public static final int CONSUMERS = 1_000;
    /** Client consumers of the gateway (about 140 bytes each). */
    public static final int CLIENT_CONSUMERS = 1_000_000;
    /** Steps of one saga: its progress is a 63-bit set. */
    public static final int SAGA_STEPS = 63;
    /** Characters of a number written in the file; reading longer ones takes time quadratic in their length. */
    public static final int NUMBER_CHARS = 100;

    private Maxima() {
    }
}
