package io.cloudmart.sim.model.kafka;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * What a consumer does with one record. The consumer is single-threaded: it hands the handler one
 * record and waits until the handler calls {@code done} (exactly once, now or later) before it
 * takes the next. The lead can plug in a real call (for example a projection's database write);
 * {@link #timed} is the simple "processing takes a sampled time" handler.
 */
@FunctionalInterface
public interface MessageHandler {
    /**
     * Processes the record at {@code offset} of {@code partition}, published at
     * {@code publishTimeSeconds}, and calls {@code done} when finished.
     */
    void handle(int partition, long offset, double publishTimeSeconds, Runnable done);

    /**
     * A handler whose processing takes a time drawn from {@code processingTime} (seconds) for each
     * record, from {@code stream}.
     */
    static MessageHandler timed(Simulation simulation, Distribution processingTime, RandomStream stream, String label) {
        return (partition, offset, publishTime, done) -> simulation.after(processingTime.sample(stream), label, done);
    }
}
