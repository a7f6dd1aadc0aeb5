package io.cloudmart.sim.model.load.shape;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The arrival times of an open-loop load, one at a time: the load generator asks for the next
 * arrival after the current one, schedules it, and asks again when it happens. Nothing is
 * allocated per arrival, and the state is a few numbers, so memory does not grow with the run.
 */
public interface ArrivalProcess {
    /**
     * Length of the chunks, seconds, over which {@link #poisson} bounds the rate for thinning: 60 s
     * (our choice, not a tool default). Shorter chunks follow a spike more tightly but call
     * {@link RateShape#maxRate} more often; after a spike, at most one chunk is thinned at the
     * spike's height before the bound drops back.
     */
    double DEFAULT_CHUNK_SECONDS = 60.0;

    /**
     * The next arrival time, seconds, at or after {@code now} that this process has not returned
     * yet, or {@code Double.POSITIVE_INFINITY} if there is none up to {@code horizon}. For a Poisson
     * process an arrival exactly at {@code now} has probability 0, so the answer is after it; a
     * replayed trace returns each of several equal timestamps in turn.
     *
     * @param now     the current simulation time (the previous arrival, or the start), seconds,
     *                {@code >= 0}; successive calls pass non-decreasing times
     * @param horizon no arrival later than this is returned (the end of the run), seconds; the
     *                search stops there, so a rate that stays 0 cannot loop for ever
     */
    double nextAfter(double now, double horizon);

    /** {@link #nextAfter(double, double)} with no horizon. */
    default double nextAfter(double now) {
        return nextAfter(now, Double.POSITIVE_INFINITY);
    }

    /**
     * A non-homogeneous Poisson process with intensity {@code shape}, drawn from {@code stream}
     * (name it {@code load.arrivals}), thinning over chunks of {@link #DEFAULT_CHUNK_SECONDS}.
     */
    static ArrivalProcess poisson(RateShape shape, RandomStream stream) {
        return new PoissonArrivals(shape, stream, DEFAULT_CHUNK_SECONDS);
    }

    /**
     * {@link #poisson(RateShape, RandomStream)} with another thinning chunk length,
     * {@code chunkSeconds} (finite, {@code > 0}); the arrival times' law does not depend on it.
     */
    static ArrivalProcess poisson(RateShape shape, RandomStream stream, double chunkSeconds) {
        return new PoissonArrivals(shape, stream, chunkSeconds);
    }

    /** The recorded times of {@code trace}, exactly and in order; no randomness. */
    static ArrivalProcess replay(ArrivalTrace trace) {
        return new TraceReplay(trace);
    }
}
