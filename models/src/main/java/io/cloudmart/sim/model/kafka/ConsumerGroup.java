package io.cloudmart.sim.model.kafka;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.MetricRegistry;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.core.stats.TimeWeighted;

/**
 * A Kafka consumer group reading one topic: its members, which partition each owns, every
 * partition's committed offset and backlog, and the group's statistics.
 *
 * <p>Each partition is consumed by exactly one member ({@link Assignment}); members beyond the
 * number of partitions get none and sit idle, so they add no throughput; ordering holds per
 * partition only (Kafka documentation, "consumer groups"). A member processes one record at a
 * time ({@link Consumer}), so a partition's throughput is at most 1 / processing time and the
 * group's at most Σ over <em>busy</em> members.
 *
 * <p><b>Lag</b> per partition is log-end offset − committed offset, and the group lag is the sum
 * (what {@code kafka-consumer-groups --describe} shows). Here a record's offset is committed as
 * soon as it has been processed (as with a synchronous commit per record); with the default
 * {@code enable.auto.commit=true} and {@code auto.commit.interval.ms=5000} the lag Kafka reports
 * would be higher by up to 5 s of throughput, while what readers of a projection see is the lag
 * modelled here. The group starts at the log end when it is created
 * ({@code auto.offset.reset=latest}, Kafka's default): records published earlier are not its.
 *
 * <p>Statistics, under {@code kafka.<topic>.<group>.<metric>}:
 * <ul>
 * <li>{@code lag}: group lag, records (level, series)</li>
 * <li>{@code consumed}: records processed (counter, series)</li>
 * <li>{@code delay}: publish → processed, seconds (tally, series): the staleness of a read model
 * that the group projects</li>
 * </ul>
 * Memory: one {@code double} per record of backlog (its publish time), nothing per record after.
 */
public final class ConsumerGroup {
    private final Simulation simulation;
    private final Topic topic;
    private final String groupId;
    private final PartitionBacklog[] backlogs;
    private final Consumer[] owners;
    private final Consumer[] members;
    private final List<ProcessedListener> listeners = new ArrayList<>();
    private final TimeWeighted lag;
    private final Counter consumed;
    private final Tally delay;
    private long totalLag;

    /**
     * A group whose members take a time drawn from {@code processingTime} (seconds) per record, from
     * the stream {@code kafka.<topic>.<group>.processing}.
     */
    public ConsumerGroup(Simulation simulation, Topic topic, String groupId, ConsumerConfig config,
                         Distribution processingTime) {
        this(simulation, topic, groupId, config, MessageHandler.timed(simulation, processingTime,
                simulation.stream(metricKey(topic.name(), groupId, "processing")),
                metricKey(topic.name(), groupId, "processed")));
    }

    /** A group whose members process each record with {@code handler}. */
    public ConsumerGroup(Simulation simulation, Topic topic, String groupId, ConsumerConfig config,
                         MessageHandler handler) {
        this.simulation = simulation;
        this.topic = topic;
        this.groupId = groupId;
        int partitions = topic.partitions();
        this.backlogs = new PartitionBacklog[partitions];
        for (int p = 0; p < partitions; p++) {
            backlogs[p] = new PartitionBacklog(p, topic.logEndOffset(p));
        }
        MetricRegistry registry = simulation.metrics();
        this.lag = registry.level(metricKey(topic.name(), groupId, "lag"), 0, true);
        this.consumed = registry.counter(metricKey(topic.name(), groupId, "consumed"), true);
        this.delay = registry.tally(metricKey(topic.name(), groupId, "delay"), true);
        this.owners = new Consumer[partitions];
        this.members = new Consumer[config.consumers()];
        int[][] assigned = config.assignment().assign(partitions, config.consumers());
        for (int c = 0; c < members.length; c++) {
            PartitionBacklog[] own = new PartitionBacklog[assigned[c].length];
            for (int i = 0; i < own.length; i++) {
                own[i] = backlogs[assigned[c][i]];
            }
            members[c] = new Consumer(simulation, this, own, config, handler,
                    metricKey(topic.name(), groupId, "consumer-" + c));
            for (int p : assigned[c]) {
                owners[p] = members[c];
            }
        }
        topic.subscribe(this);
    }

    /** The key of {@code metric} of group {@code groupId} on {@code topic}: {@code kafka.<topic>.<group>.<metric>}. */
    public static String metricKey(String topic, String groupId, String metric) {
        return "kafka." + topic + "." + groupId + "." + metric;
    }

    /** Adds a listener told about every processed record (for example a CQRS read model). */
    public void onProcessed(ProcessedListener listener) {
        listeners.add(listener);
    }

    public String groupId() {
        return groupId;
    }

    public Topic topic() {
        return topic;
    }

    /** Members of the group. */
    public int consumers() {
        return members.length;
    }

    /** The partitions member {@code consumer} owns, increasing; empty when it is idle. */
    public int[] assignment(int consumer) {
        return members[consumer].partitions();
    }

    /** Offset of the next record the group will process on {@code partition}. */
    public long committedOffset(int partition) {
        return backlogs[partition].committed;
    }

    /** Records of {@code partition} published but not yet processed. */
    public long lag(int partition) {
        return backlogs[partition].lag();
    }

    /** Σ over partitions of the lag. */
    public long lag() {
        return totalLag;
    }

    /** Called by the topic: a record was appended to {@code partition} at the current time. */
    void appended(int partition) {
        backlogs[partition].publishTimes.addLast(simulation.now());
        totalLag++;
        lag.set(totalLag);
        owners[partition].recordAppended();
    }

    /** Called by a member: the record at {@code offset} has been processed and committed. */
    void processed(int partition, long offset, double publishTime) {
        double now = simulation.now();
        totalLag--;
        lag.set(totalLag);
        consumed.increment();
        delay.record(now - publishTime);
        for (ProcessedListener listener : listeners) {
            listener.processed(partition, offset, publishTime, now);
        }
    }
}
