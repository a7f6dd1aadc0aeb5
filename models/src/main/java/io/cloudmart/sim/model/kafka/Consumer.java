package io.cloudmart.sim.model.kafka;

import io.cloudmart.sim.core.EventHandle;
import io.cloudmart.sim.core.Simulation;

/**
 * One member of a consumer group: a single thread that polls its assigned partitions and hands
 * each record of a poll to the {@link MessageHandler}, one at a time, in offset order per partition.
 *
 * <p><b>Poll.</b> A poll takes at most {@code max.poll.records} of the records present at that
 * moment, partition after partition (all available records of one before the next, as the Java
 * client drains one partition's fetched data before the next), starting after the last partition
 * that gave records in the previous poll, so that no partition starves (the Java client moves a
 * partition that returned data to the end of its fetch order: {@code SubscriptionState.movePartitionToEnd}
 * in its fetch collector). Records published while a poll's batch is
 * being processed wait for the next poll, which follows immediately (the client pre-fetches).
 *
 * <p><b>Fetch long-poll.</b> With fewer than {@code fetch.min.bytes} available, the broker holds
 * the fetch until enough data arrives or {@code fetch.max.wait.ms} passes, then answers with
 * whatever there is; an empty answer starts the next fetch at once. With the defaults (1 B, 500
 * ms) a record reaches an idle consumer without delay; with a larger {@code fetch.min.bytes} an
 * idle consumer adds up to {@code fetch.max.wait.ms} of delay. Empty fetches are not simulated
 * one by one: while nothing is available no timer runs, and when the first record arrives the
 * timer is set to the end of the fetch window it falls in ({@code fetchStart + k·wait}), which is
 * what the chain of empty fetches would have produced.
 *
 * <p>Not modelled: network and broker latency, rebalances, {@code max.poll.interval.ms}.
 */
final class Consumer {
    private final Simulation simulation;
    private final ConsumerGroup group;
    private final PartitionBacklog[] backlogs;
    private final int[] batch;
    private final MessageHandler handler;
    private final int maxPollRecords;
    private final int minRecords;
    private final double fetchMaxWait;
    private final String fetchLabel;
    private final Runnable doneCallback = this::messageDone;

    private int rotation;
    private int batchStart;
    private int position;
    private int current = -1;
    private boolean fetching;
    private double fetchStart;
    private EventHandle fetchTimer;
    private boolean driving;
    private boolean advance;

    Consumer(Simulation simulation, ConsumerGroup group, PartitionBacklog[] backlogs, ConsumerConfig config,
             MessageHandler handler, String label) {
        this.simulation = simulation;
        this.group = group;
        this.backlogs = backlogs;
        this.batch = new int[backlogs.length];
        this.handler = handler;
        this.maxPollRecords = config.maxPollRecords();
        this.minRecords = config.minRecords();
        this.fetchMaxWait = config.fetchMaxWaitSeconds();
        this.fetchLabel = label + " fetch.max.wait";
        this.position = backlogs.length;
        if (backlogs.length > 0) {
            startFetch();
        }
    }

    /** Partitions assigned to this consumer. */
    int[] partitions() {
        int[] ids = new int[backlogs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = backlogs[i].partition;
        }
        return ids;
    }

    /** A record was appended to one of this consumer's partitions. */
    void recordAppended() {
        if (!fetching) {
            return;
        }
        int available = available();
        if (available >= minRecords || fetchMaxWait == 0) {
            completeFetch();
        } else if (fetchTimer == null) {
            double elapsedWindows = Math.floor((simulation.now() - fetchStart) / fetchMaxWait) + 1;
            fetchTimer = simulation.at(fetchStart + elapsedWindows * fetchMaxWait, fetchLabel, this::fetchTimedOut);
        }
    }

    private int available() {
        int sum = 0;
        for (PartitionBacklog b : backlogs) {
            sum += b.lag();
        }
        return sum;
    }

    private void startFetch() {
        fetching = true;
        fetchStart = simulation.now();
        fetchTimer = null;
        if (available() > 0) {
            fetchTimer = simulation.after(fetchMaxWait, fetchLabel, this::fetchTimedOut);
        }
    }

    private void fetchTimedOut() {
        fetchTimer = null;
        completeFetch();
    }

    private void completeFetch() {
        fetching = false;
        if (fetchTimer != null) {
            fetchTimer.cancel();
            fetchTimer = null;
        }
        takeBatch();
        drive();
    }

    /** Takes up to max.poll.records available records, partition after partition, from the rotation point. */
    private void takeBatch() {
        int remaining = maxPollRecords;
        int n = backlogs.length;
        batchStart = rotation;
        for (int i = 0; i < n && remaining > 0; i++) {
            int index = (batchStart + i) % n;
            int take = Math.min(backlogs[index].lag(), remaining);
            batch[index] = take;
            remaining -= take;
            if (take > 0) {
                rotation = (index + 1) % n;
            }
        }
        position = 0;
    }

    /** Runs {@link #step()} until a record is in the handler's hands or a fetch is pending (no recursion). */
    private void drive() {
        if (driving) {
            advance = true;
            return;
        }
        driving = true;
        try {
            do {
                advance = false;
                step();
            } while (advance);
        } finally {
            driving = false;
        }
    }

    private void step() {
        int n = backlogs.length;
        while (position < n && batch[(batchStart + position) % n] == 0) {
            position++;
        }
        if (position == n) {
            poll();
            return;
        }
        current = (batchStart + position) % n;
        batch[current]--;
        PartitionBacklog b = backlogs[current];
        handler.handle(b.partition, b.committed, b.publishTimes.first(), doneCallback);
    }

    private void poll() {
        int available = available();
        if (available > 0 && (available >= minRecords || fetchMaxWait == 0)) {
            takeBatch();
            advance = true;
        } else {
            startFetch();
        }
    }

    private void messageDone() {
        if (current < 0) {
            throw new IllegalStateException("message handler of " + fetchLabel + " called done twice");
        }
        PartitionBacklog b = backlogs[current];
        current = -1;
        long offset = b.committed;
        double publishTime = b.publishTimes.removeFirst();
        b.committed++;
        group.processed(b.partition, offset, publishTime);
        drive();
    }
}
