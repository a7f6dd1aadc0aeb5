package io.cloudmart.sim.model.kafka;

/**
 * One consumer group's view of one partition: the committed offset and the publish times of the
 * records between it and the log end. Its size is the partition's consumer lag.
 */
final class PartitionBacklog {
    final int partition;
    final TimestampQueue publishTimes = new TimestampQueue();
    /** Offset of the next record to process; every record before it has been processed and committed. */
    long committed;

    /**
     * @param partition   the partition number
     * @param startOffset the log-end offset when the group subscribed ({@code auto.offset.reset=latest})
     */
    PartitionBacklog(int partition, long startOffset) {
        this.partition = partition;
        this.committed = startOffset;
    }

    /** Records published but not yet processed: log-end offset − committed offset. */
    int lag() {
        return publishTimes.size();
    }
}
