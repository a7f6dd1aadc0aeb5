package io.cloudmart.sim.model.kafka;

/**
 * The settings of a consumer group, named after the Kafka consumer configuration they model.
 *
 * @param consumers            members of the group (one single-threaded consumer each), ≥ 1;
 *                             members beyond the number of partitions get none and sit idle
 * @param assignment           {@code partition.assignment.strategy}; default {@link Assignment#RANGE}
 *                             (Kafka ≥ 3.0: {@code [RangeAssignor, CooperativeStickyAssignor]})
 * @param maxPollRecords       {@code max.poll.records}: records one {@code poll()} returns at most,
 *                             ≥ 1; default 500 (Kafka {@code ConsumerConfig})
 * @param fetchMaxWaitSeconds  {@code fetch.max.wait.ms} in seconds: the longest the broker holds a
 *                             fetch that has less than {@code fetch.min.bytes}, ≥ 0; default 0.5 s
 *                             (Kafka {@code ConsumerConfig})
 * @param fetchMinBytes        {@code fetch.min.bytes}: data the broker waits for before answering a
 *                             fetch, ≥ 1; default 1 B (answer as soon as one record is there)
 * @param recordBytes          mean serialised record size in bytes, ≥ 1, used only to turn
 *                             {@code fetch.min.bytes} into a record count; default 1024 B [ESTIMATE]
 */
public record ConsumerConfig(int consumers, Assignment assignment, int maxPollRecords, double fetchMaxWaitSeconds,
                             int fetchMinBytes, int recordBytes) {
    /** Kafka's default {@code max.poll.records}. */
    public static final int DEFAULT_MAX_POLL_RECORDS = 500;
    /** Kafka's default {@code fetch.max.wait.ms} (500 ms), in seconds. */
    public static final double DEFAULT_FETCH_MAX_WAIT_SECONDS = 0.5;
    /** Kafka's default {@code fetch.min.bytes}. */
    public static final int DEFAULT_FETCH_MIN_BYTES = 1;
    /** Assumed record size when none is given, bytes [ESTIMATE]. */
    public static final int DEFAULT_RECORD_BYTES = 1024;

    public ConsumerConfig {
        if (consumers < 1 || assignment == null || maxPollRecords < 1) {
            throw new IllegalArgumentException("consumer group needs consumers >= 1, an assignment and max.poll.records"
                    + " >= 1, got " + consumers + ", " + assignment + ", " + maxPollRecords);
        }
        if (!(fetchMaxWaitSeconds >= 0) || Double.isInfinite(fetchMaxWaitSeconds)) {
            throw new IllegalArgumentException("fetch.max.wait must be finite and >= 0 s, got " + fetchMaxWaitSeconds);
        }
        if (fetchMinBytes < 1 || recordBytes < 1) {
            throw new IllegalArgumentException("fetch.min.bytes and record size must be >= 1 B, got " + fetchMinBytes
                    + " and " + recordBytes);
        }
    }

    /** {@code consumers} members with every other setting at its Kafka default. */
    public static ConsumerConfig of(int consumers) {
        return new ConsumerConfig(consumers, Assignment.RANGE, DEFAULT_MAX_POLL_RECORDS, DEFAULT_FETCH_MAX_WAIT_SECONDS,
                DEFAULT_FETCH_MIN_BYTES, DEFAULT_RECORD_BYTES);
    }

    public ConsumerConfig withAssignment(Assignment newAssignment) {
        return new ConsumerConfig(consumers, newAssignment, maxPollRecords, fetchMaxWaitSeconds, fetchMinBytes,
                recordBytes);
    }

    public ConsumerConfig withMaxPollRecords(int records) {
        return new ConsumerConfig(consumers, assignment, records, fetchMaxWaitSeconds, fetchMinBytes, recordBytes);
    }

    /** The long-poll settings: {@code fetch.min.bytes}, {@code fetch.max.wait.ms} (in seconds) and the record size. */
    public ConsumerConfig withFetch(int minBytes, double maxWaitSeconds, int bytesPerRecord) {
        return new ConsumerConfig(consumers, assignment, maxPollRecords, maxWaitSeconds, minBytes, bytesPerRecord);
    }

    /** Records a fetch waits for: {@code ceil(fetch.min.bytes / recordBytes)}, at least 1. */
    public int minRecords() {
        return Math.max(1, (fetchMinBytes + recordBytes - 1) / recordBytes);
    }
}
